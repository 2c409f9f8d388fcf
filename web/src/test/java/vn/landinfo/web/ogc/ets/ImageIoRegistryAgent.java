package vn.landinfo.web.ogc.ets;

import java.io.File;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.ClassWriter;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * A Java agent for the conformance suite's JVM only (decision 0185): the suite's geotoolkit 3 builds its
 * factory registries on {@code javax.imageio.spi.ServiceRegistry} with categories such as
 * {@code org.opengis.util.NameFactory}. Java 9 restricted that class to the five ImageIO SPI categories
 * (JDK-8068749: {@code checkClassAllowed} throws "… is not an ImageIO SPI class"), so every CRS the suite builds
 * fails. This agent empties that one check, giving the registry its Java 8 behaviour. The registry then looks the
 * providers up with {@code ServiceLoader} from inside module {@code java.desktop}, which Java 9 allows only for
 * services the module declares it {@code uses}; so the agent also lets java.desktop use every service the suite's
 * jars provide ({@code META-INF/services}). Nothing else changes. The bytecode is rewritten with the ASM that
 * spring-core repackages (no new dependency).
 */
public final class ImageIoRegistryAgent {

    static final String REGISTRY = "javax/imageio/spi/ServiceRegistry";

    private ImageIoRegistryAgent() {
    }

    public static void premain(String args, Instrumentation instrumentation) throws Exception {
        instrumentation.addTransformer(new ClassFileTransformer() {
            @Override
            public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                    ProtectionDomain domain, byte[] bytes) {
                return REGISTRY.equals(className) ? withoutCategoryCheck(bytes) : null;
            }
        }, true);
        for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
            if (loaded.getName().equals(REGISTRY.replace('/', '.'))) {
                instrumentation.retransformClasses(loaded);
            }
        }
        Module desktop = ModuleLayer.boot().findModule("java.desktop").orElseThrow();
        instrumentation.redefineModule(desktop, Set.of(), Map.of(), Map.of(), servicesOnTheClassPath(), Map.of());
    }

    /** The service types named by META-INF/services in the jars of the class path that this JVM can load. */
    static Set<Class<?>> servicesOnTheClassPath() throws IOException {
        Set<Class<?>> services = new HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    String name = e.getName();
                    if (name.startsWith("META-INF/services/") && !e.isDirectory() && name.length() > "META-INF/services/".length()) {
                        try {
                            services.add(Class.forName(name.substring("META-INF/services/".length()), false,
                                    ClassLoader.getSystemClassLoader()));
                        } catch (ClassNotFoundException | LinkageError notLoadable) {
                            // a provider file for a library the suite does not carry: nobody can look it up
                        }
                    }
                }
            }
        }
        return services;
    }

    /** The class with {@code private static void checkClassAllowed(Class)} reduced to {@code return}. */
    static byte[] withoutCategoryCheck(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!name.equals("checkClassAllowed")) {
                    return super.visitMethod(access, name, descriptor, signature, exceptions);
                }
                MethodVisitor m = super.visitMethod(access, name, descriptor, signature, exceptions);
                m.visitCode();
                m.visitInsn(Opcodes.RETURN);
                m.visitMaxs(0, 1);
                m.visitEnd();
                return null;
            }
        }, 0);
        return writer.toByteArray();
    }
}
