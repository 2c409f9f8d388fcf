package vn.landinfo.web.ogc;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Offline validation against the official OGC schemas from Maven Central (org.jvnet.ogc:ogc-schemas,
 * org.hisrc.w3c:w3c-schemas): every http://schemas.opengis.net/… and http://www.w3.org/1999/xlink.xsd
 * import is resolved to the copy in those jars, so no test depends on the network.
 */
final class CapabilitiesSchemas {

    private static final String OPENGIS = "http://schemas.opengis.net/";
    private static Schema capabilities130;
    private static Schema exceptions130;

    private CapabilitiesSchemas() {
    }

    /** The jar resource for a schema location, relative or absolute. */
    static URL resource(String systemId, String baseSystemId) {
        String location = systemId;
        if (location.startsWith(OPENGIS)) {
            location = "ogc/" + location.substring(OPENGIS.length());
        } else if (location.startsWith("http://www.w3.org/")) {
            location = "w3c/" + location.substring("http://www.w3.org/".length());
        } else if (!location.contains(":") && baseSystemId != null) {
            try {
                return new URL(new URL(baseSystemId), location);
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        URL url = CapabilitiesSchemas.class.getClassLoader().getResource(location);
        if (url == null) {
            throw new IllegalStateException("schema " + systemId + " is not in the schema jars (looked for " + location + ")");
        }
        return url;
    }

    private static Schema schema(String jarPath) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver(new JarResolver());
        URL main = CapabilitiesSchemas.class.getClassLoader().getResource(jarPath);
        return f.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
    }

    /** Validates a 1.3.0 capabilities document (with the SLD capabilities extension); throws listing every error. */
    static synchronized void validateCapabilities130(String xml) {
        try {
            if (capabilities130 == null) {
                capabilities130 = schema("ogc/sld/1.1.0/sld_capabilities.xsd");
            }
            validate(capabilities130, xml);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void validateException130(String xml) {
        try {
            if (exceptions130 == null) {
                exceptions130 = schema("ogc/wms/1.3.0/exceptions_1_3_0.xsd");
            }
            validate(exceptions130, xml);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<String, Schema> BY_PATH = new java.util.HashMap<>();

    /** Validates a document against an official schema of the jars, e.g. "ogc/wfs/2.0/wfs.xsd" (compiled once). */
    static synchronized void validateAgainst(String jarPath, String xml) {
        try {
            Schema s = BY_PATH.get(jarPath);
            if (s == null) {
                s = schema(jarPath);
                BY_PATH.put(jarPath, s);
            }
            validate(s, xml);
        } catch (RuntimeException | AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compiles a schema the server wrote (a DescribeFeatureType answer), its GML import resolved to the jars; a schema
     * that is not valid XSD fails here.
     */
    static Schema compile(String xsd) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver(new JarResolver());
            List<String> errors = new ArrayList<>();
            f.setErrorHandler(collecting(errors));
            Schema s = f.newSchema(new StreamSource(new StringReader(xsd), "http://landinfo.test/describe.xsd"));
            if (!errors.isEmpty()) {
                throw new AssertionError("not a valid schema:\n" + String.join("\n", errors));
            }
            return s;
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError("not a valid schema: " + e.getMessage(), e);
        }
    }

    /** An official schema together with one the server wrote (a WFS collection's wfs.xsd with its application schema). */
    static Schema compileWith(String jarPath, String xsd) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver(new JarResolver());
            URL main = CapabilitiesSchemas.class.getClassLoader().getResource(jarPath);
            return f.newSchema(new javax.xml.transform.Source[] {new StreamSource(main.openStream(), main.toExternalForm()),
                new StreamSource(new StringReader(xsd), "http://landinfo.test/describe.xsd")});
        } catch (Exception e) {
            throw new AssertionError("schemas do not compile: " + e.getMessage(), e);
        }
    }

    static void validate(Schema schema, String xml) throws Exception {
        List<String> errors = errors(schema, xml);
        if (!errors.isEmpty()) {
            throw new AssertionError("not valid against the official schema:\n" + String.join("\n", errors));
        }
    }

    /** Every validation error of a document against a compiled schema (none: valid). */
    static List<String> errors(Schema schema, String xml) throws Exception {
        Validator v = schema.newValidator();
        v.setResourceResolver(new JarResolver());
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(collecting(errors));
        v.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }

    /** Validates a 1.1.1 document against the DTD it declares, read from the schema jar. */
    static void validateWithDtd(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setValidating(true);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                URL url = resource(systemId, null);
                return new InputSource(url.openStream());
            });
            List<String> errors = new ArrayList<>();
            b.setErrorHandler(collecting(errors));
            b.parse(new InputSource(new StringReader(xml)));
            if (!errors.isEmpty()) {
                throw new AssertionError("not valid against its DTD:\n" + String.join("\n", errors));
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
    }

    private static final class JarResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null) {
                return null;
            }
            URL url = resource(systemId, baseURI);
            return new Input(url, publicId);
        }
    }

    private record Input(URL url, String publicId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return url.toExternalForm(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
