package vn.landinfo.web.ogc.ets;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs the OGC's executable test suite for WFS 2.0 ({@code org.opengis.cite:ets-wfs20} 1.25, its all-in-one
 * jar) headless through its TestNG entry point {@code org.opengis.cite.iso19142.TestNGController}, in a JVM of
 * its own (docs/decisions/0185-wfs20-conformance-suite-in-a-forked-jvm.md):
 * <ul>
 * <li>classpath: the aio jar plus the JAXB 2.3 jars Java 11 dropped from the JDK (its geotoolkit GML
 * binding needs {@code javax.xml.bind}), copied by the main build (web/pom.xml, pre-integration-test) into
 * {@code target/ets-wfs20/lib}; nothing of the suite reaches the test JVM's classpath, whose Spring Boot 4
 * stack (Jakarta XML, Xerces-free JAXP, TestNG-free) it would clash with;</li>
 * <li>schemas: {@link SchemaProxy} as the forked JVM's HTTP proxy;</li>
 * <li>results: TestNG's {@code testng-results.xml} and the EARL report, copied into the report folder and read
 * into {@link Wfs20Results}.</li>
 * </ul>
 */
public final class Wfs20Suite {

    static final String OWS = "http://www.opengis.net/ows/1.1";
    static final String CONTROLLER = "org.opengis.cite.iso19142.TestNGController";
    /** The whole suite against a small service takes 1–3 minutes here; this bounds a hung server. */
    static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final Path lib;

    private Wfs20Suite(Path lib) {
        this.lib = lib;
    }

    /**
     * The suite's jars the build copied (system property {@code landinfo.ets.wfs20.lib}), or an
     * AssertionError saying how to get them.
     */
    public static Wfs20Suite fromBuild() {
        String dir = System.getProperty("landinfo.ets.wfs20.lib", "target/ets-wfs20/lib");
        Path lib = Path.of(dir).toAbsolutePath();
        try (Stream<Path> jars = Files.isDirectory(lib) ? Files.list(lib) : Stream.empty()) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("ets-wfs20-"))) {
                throw new AssertionError("the WFS 2.0 conformance suite's jars are not in " + lib
                        + ": run the ITs through Maven (./landinfo test ...), whose pre-integration-test phase copies them there");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Wfs20Suite(lib);
    }

    /**
     * Runs the suite against the capabilities URL of a WFS, writing everything into {@code report}; returns the
     * results read from TestNG's report.
     */
    public Wfs20Results run(URI capabilities, Path report) throws IOException, InterruptedException {
        Files.createDirectories(report);
        Path output = report.resolve("output");
        // A previous run's results must never stand in for this one's.
        if (Files.isDirectory(output)) {
            try (Stream<Path> old = Files.walk(output)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(output);
        // A plain XML properties document: the suite's own parser (Xerces) would fetch a DOCTYPE's DTD.
        Path props = report.resolve("test-run-props.xml");
        Files.writeString(props, """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties version="1.0">
                  <comment>landinfo: WFS 2.0 conformance run</comment>
                  <entry key="wfs">%s</entry>
                </properties>
                """.formatted(xmlText(capabilities.toString())), StandardCharsets.UTF_8);
        try (SchemaProxy proxy = SchemaProxy.start()) {
            List<String> command = command(proxy.port(), capabilities, output, props);
            Files.writeString(report.resolve("command.txt"), String.join(" ", command) + "\n");
            Path log = report.resolve("suite.log");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the WFS 2.0 suite did not finish in " + TIMEOUT.toMinutes() + " min; its log: " + log);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Path results = newest(output, "testng-results.xml");
            if (results == null) {
                throw new AssertionError("the WFS 2.0 suite wrote no testng-results.xml (exit code " + p.exitValue() + "); its log "
                        + log + " ends:\n" + tail(log, 40));
            }
            Files.copy(results, report.resolve("testng-results.xml"), StandardCopyOption.REPLACE_EXISTING);
            Path earl = newest(output, "earl.rdf");
            if (earl != null) {
                Files.copy(earl, report.resolve("earl.rdf"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(report.resolve("schemas-served.txt"), proxy.served());
            Files.write(report.resolve("schemas-missed.txt"), proxy.missed());
            Wfs20Results parsed = Wfs20Results.read(results, took, proxy.missed(), constraints(capabilities, report));
            Files.writeString(report.resolve("summary.txt"), parsed.summary(capabilities), StandardCharsets.UTF_8);
            return parsed;
        }
    }

    private List<String> command(int proxyPort, URI capabilities, Path output, Path props) throws IOException {
        List<String> classpath;
        try (Stream<Path> jars = Files.list(lib)) {
            classpath = jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
        classpath = new ArrayList<>(classpath);
        // The agent's ASM (spring-core's repackaged copy) must be visible to the system class loader there.
        try {
            classpath.add(Path.of(org.springframework.asm.ClassReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String host = capabilities.getHost();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-javaagent:" + agentJar(output.getParent()),
                "-Djava.awt.headless=true",
                // The server under test is reached directly, everything else through the schema proxy.
                "-Dhttp.proxyHost=127.0.0.1",
                "-Dhttp.proxyPort=" + proxyPort,
                "-Dhttp.nonProxyHosts=localhost|127.*|[::1]" + (host == null ? "" : "|" + host),
                "-Duser.language=en", "-Duser.country=US",
                "-cp", String.join(File.pathSeparator, classpath),
                CONTROLLER, "-o", output.toString(), props.toString()));
        return command;
    }

    /**
     * The service constraints the capabilities declare ({@code ows:Constraint/@name → ows:DefaultValue}), read
     * from the same document the suite read, which is kept in the report.
     */
    static Map<String, String> constraints(URI capabilities, Path report) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()
                .send(HttpRequest.newBuilder(capabilities).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        Files.write(report.resolve("capabilities.xml"), r.body());
        Map<String, String> constraints = new TreeMap<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(r.body()));
            NodeList list = doc.getElementsByTagNameNS(OWS, "Constraint");
            for (int i = 0; i < list.getLength(); i++) {
                Element c = (Element) list.item(i);
                NodeList value = c.getElementsByTagNameNS(OWS, "DefaultValue");
                if (value.getLength() > 0 && c.getParentNode().getLocalName().equals("OperationsMetadata")) {
                    constraints.put(c.getAttribute("name"), value.item(0).getTextContent().strip());
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            // not a capabilities document: no constraint is declared, so no gate is excused
        }
        return constraints;
    }

    /** {@link ImageIoRegistryAgent} as the jar {@code -javaagent} needs, written from the test classes. */
    static Path agentJar(Path dir) throws IOException {
        Path jar = dir.resolve("imageio-registry-agent.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", ImageIoRegistryAgent.class.getName());
        manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (String name : List.of("ImageIoRegistryAgent", "ImageIoRegistryAgent$1", "ImageIoRegistryAgent$2")) {
                String entry = ImageIoRegistryAgent.class.getPackageName().replace('.', '/') + "/" + name + ".class";
                try (InputStream in = ImageIoRegistryAgent.class.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IllegalStateException("test class " + entry + " is missing");
                    }
                    out.putNextEntry(new JarEntry(entry));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Path newest(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(name))
                    .max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String xmlText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
