package vn.landinfo.web.ogc.ets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The OGC schema sites as seen from the conformance suite: an HTTP proxy on 127.0.0.1 that answers
 * {@code http://schemas.opengis.net/…} and {@code http://www.w3.org/…} from the ogc-schemas and w3c-schemas
 * jars on the test classpath (the same copies the WMS capabilities are validated against), and refuses every
 * other host with 502. The suite's JVM gets it as {@code http.proxyHost}/{@code http.proxyPort}, so every
 * schema the suite, Xerces or Jersey fetches by URL comes from the jars and nothing leaves the machine; the
 * server under test, on the loopback or listed in {@code http.nonProxyHosts}, is reached directly.
 * Each miss is recorded, so a schema the jars lack is named in the report instead of failing obscurely.
 */
public final class SchemaProxy implements AutoCloseable {

    /** Host → folder in the schema jars. */
    private static final Map<String, String> MIRRORED = Map.of("schemas.opengis.net", "ogc", "www.w3.org", "w3c");

    private final HttpServer server;
    private final List<String> served = Collections.synchronizedList(new ArrayList<>());
    private final List<String> missed = Collections.synchronizedList(new ArrayList<>());

    private SchemaProxy(HttpServer server) {
        this.server = server;
    }

    public static SchemaProxy start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        SchemaProxy proxy = new SchemaProxy(server);
        server.createContext("/", proxy::answer);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "ets-schema-proxy");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Distinct schema URLs answered from the jars. */
    public List<String> served() {
        synchronized (served) {
            return served.stream().distinct().sorted().toList();
        }
    }

    /** Distinct URLs the jars do not hold or hosts that are not mirrored (answered 404 / 502). */
    public List<String> missed() {
        synchronized (missed) {
            return missed.stream().distinct().sorted().toList();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String folder = uri.getHost() == null ? null : MIRRORED.get(uri.getHost().toLowerCase());
            if (folder == null) {
                missed.add(exchange.getRequestMethod() + " " + uri);
                send(exchange, 502, "not mirrored: the conformance run reaches no host but the server under test");
                return;
            }
            URL resource = getClass().getClassLoader().getResource(folder + uri.getPath());
            if (resource == null || uri.getPath().endsWith("/")) {
                missed.add(uri.toString());
                send(exchange, 404, "not in the schema jars: " + uri);
                return;
            }
            served.add(uri.toString());
            try (InputStream in = resource.openStream()) {
                byte[] body = in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", uri.getPath().endsWith(".xsd") ? "application/xml" : "text/xml");
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
