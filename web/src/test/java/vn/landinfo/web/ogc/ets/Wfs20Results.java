package vn.landinfo.web.ogc.ets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a run of the WFS 2.0 suite found, read from TestNG's {@code testng-results.xml}: every test method
 * (configuration methods left out) with its conformance class (the TestNG {@code <test>}), status and
 * message. A skip's message is TestNG's reason (the suite's SkipException text, e.g. "not implemented" for
 * a conformance class the capabilities do not declare) or, when it has none, the configuration or
 * dependency that failed.
 */
public record Wfs20Results(List<Outcome> outcomes, Duration took, List<String> schemasMissed) {

    /**
     * The suite's configuration methods that gate a whole conformance class on the capabilities, with the
     * service constraint each one reads. Unlike the other classes' gates (which skip), these three fail when the
     * class is not implemented, because TEAM Engine lets its user pick the classes to run and the headless entry
     * point runs them all. A failure of one of them is recorded as a skip, and only when the capabilities really
     * declare the constraint FALSE; with TRUE (or absent) it stays a failure.
     */
    static final Map<String, String> GATES = Map.of(
            "TransactionCapabilitiesTests.implementsTransactionalWFS", "ImplementsTransactionalWFS",
            "LockingCapabilitiesTests.implementsLockingWFS", "ImplementsLockingWFS",
            "GetFeatureWithLockTests.sutImplementsGetFeatureWithLock", "ImplementsLockingWFS");

    public enum Status { PASS, FAIL, SKIP }

    public record Outcome(String conformanceClass, String testClass, String method, Status status, String message) {
        public String name() {
            return testClass.substring(testClass.lastIndexOf('.') + 1) + "." + method;
        }
    }

    public List<Outcome> with(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    public int count(Status status) {
        return with(status).size();
    }

    static Wfs20Results read(Path testngResults, Duration took, List<String> schemasMissed, Map<String, String> constraints) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Document doc = f.newDocumentBuilder().parse(testngResults.toFile());
            List<Outcome> outcomes = new ArrayList<>();
            NodeList tests = doc.getElementsByTagName("test");
            for (int t = 0; t < tests.getLength(); t++) {
                Element test = (Element) tests.item(t);
                // TestNG skips every later configuration of a <test> once one gate skipped (configfailurepolicy=skip),
                // so a class without a reason of its own takes the reason of the gate that closed its conformance class.
                String testReason = "";
                for (Element cls : children(test, "class")) {
                    String reason = reason(cls, constraints);
                    if (!reason.isEmpty()) {
                        testReason = "conformance class gated off by " + reason;
                        break;
                    }
                }
                for (Element cls : children(test, "class")) {
                    String simpleName = simpleName(cls);
                    String undeclared = undeclaredGate(cls, simpleName, constraints);
                    String classReason = reason(cls, constraints);
                    if (classReason.isEmpty()) {
                        classReason = testReason;
                    }
                    for (Element m : children(cls, "test-method")) {
                        // A configuration method counts only when it failed: its tests are then skipped, and the
                        // failure itself must show (TestNG's configfailurepolicy=skip would otherwise hide it).
                        if ("true".equals(m.getAttribute("is-config")) && !"FAIL".equals(m.getAttribute("status"))) {
                            continue;
                        }
                        Status status = Status.valueOf(m.getAttribute("status"));
                        String message = message(m);
                        if (status == Status.FAIL && undeclared != null && GATES.containsKey(simpleName + "." + m.getAttribute("name"))) {
                            status = Status.SKIP;
                            message = undeclared;
                        }
                        if (status == Status.SKIP && message.isEmpty()) {
                            message = classReason;
                        }
                        outcomes.add(new Outcome(test.getAttribute("name"), cls.getAttribute("name"), m.getAttribute("name"), status, message));
                    }
                }
            }
            return new Wfs20Results(List.copyOf(outcomes), took, List.copyOf(schemasMissed));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + testngResults + ": " + e, e);
        }
    }

    private static String simpleName(Element cls) {
        return cls.getAttribute("name").substring(cls.getAttribute("name").lastIndexOf('.') + 1);
    }

    private static String reason(Element cls, Map<String, String> constraints) {
        String undeclared = undeclaredGate(cls, simpleName(cls), constraints);
        return undeclared != null ? undeclared : classSkipReason(cls);
    }

    /** The reason to skip a gated class whose constraint the capabilities declare FALSE, or null. */
    private static String undeclaredGate(Element cls, String simpleName, Map<String, String> constraints) {
        for (Element m : children(cls, "test-method")) {
            String gate = simpleName + "." + m.getAttribute("name");
            String constraint = GATES.get(gate);
            if (constraint != null && "FAIL".equals(m.getAttribute("status"))
                    && "FALSE".equalsIgnoreCase(constraints.getOrDefault(constraint, ""))) {
                return "not declared: the capabilities say " + constraint + "=FALSE (gate " + m.getAttribute("name") + ")";
            }
        }
        return null;
    }

    /**
     * Why the tests of a class were skipped when they carry no message themselves: the first configuration method
     * (e.g. {@code @BeforeClass implementsAfterOperator}) that skipped with the suite's SkipException text, such as
     * "Capability not implemented: After operator.", or that failed (the failure is counted on its own).
     */
    private static String classSkipReason(Element cls) {
        for (Element m : children(cls, "test-method")) {
            if ("true".equals(m.getAttribute("is-config")) && !"PASS".equals(m.getAttribute("status"))) {
                String message = message(m);
                if (!message.isEmpty() && !message.startsWith("org.testng.")) {
                    return ("FAIL".equals(m.getAttribute("status")) ? "the failed configuration " : "")
                            + simpleName(cls) + "." + m.getAttribute("name") + ": " + message;
                }
            }
        }
        return "";
    }

    private static String message(Element method) {
        for (Element exception : children(method, "exception")) {
            for (Element message : children(exception, "message")) {
                return message.getTextContent().strip().replaceAll("\\s+", " ");
            }
            return exception.getAttribute("class");
        }
        return "";
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The readable report: counts per conformance class, then each failure and skip with its message. */
    public String summary(java.net.URI capabilities) {
        StringBuilder b = new StringBuilder();
        b.append("WFS 2.0 conformance suite (org.opengis.cite:ets-wfs20 1.25) against ").append(capabilities).append('\n');
        b.append(String.format(Locale.ROOT, "%d tests: %d passed, %d failed, %d skipped in %d s%n",
                outcomes.size(), count(Status.PASS), count(Status.FAIL), count(Status.SKIP), took.toSeconds()));
        b.append('\n').append(String.format(Locale.ROOT, "%-40s %6s %6s %6s%n", "conformance class", "passed", "failed", "skipped"));
        outcomes.stream().map(Outcome::conformanceClass).distinct().forEach(c -> b.append(String.format(Locale.ROOT,
                "%-40s %6d %6d %6d%n", c, count(c, Status.PASS), count(c, Status.FAIL), count(c, Status.SKIP))));
        for (Status s : List.of(Status.FAIL, Status.SKIP)) {
            List<Outcome> list = with(s);
            if (list.isEmpty()) {
                continue;
            }
            b.append('\n').append(s == Status.FAIL ? "Failed" : "Skipped").append(" (").append(list.size()).append("):\n");
            // A test runs once per binding (GET, POST) and feature type: the same outcome is listed once, with its count.
            Map<String, Integer> lines = new java.util.LinkedHashMap<>();
            for (Outcome o : list) {
                lines.merge("[" + o.conformanceClass() + "] " + o.name() + ": "
                        + (o.message().isEmpty() ? "(no message)" : abbreviate(o.message(), 600)), 1, Integer::sum);
            }
            lines.forEach((line, n) -> b.append("- ").append(line).append(n > 1 ? " (×" + n + ")" : "").append('\n'));
        }
        if (!schemasMissed.isEmpty()) {
            b.append("\nNot served by the schema proxy (not in the schema jars, or another host):\n");
            schemasMissed.forEach(m -> b.append("- ").append(m).append('\n'));
        }
        return b.toString();
    }

    private long count(String conformanceClass, Status status) {
        return outcomes.stream().filter(o -> o.conformanceClass().equals(conformanceClass) && o.status() == status).count();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
