package vn.landinfo.web.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What hostile XML bodies point at, so that a test can tell whether the server followed them: a local file holding a
 * secret text no answer may contain, and a local HTTP address whose listener counts every connection made to it.
 * Closing it stops the listener.
 */
final class Lures implements AutoCloseable {

    private final Path file;
    private final String secret;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    Lures(Path directory) {
        try {
            Files.createDirectories(directory);
            this.secret = "LANDINFO-SECRET-" + Long.toHexString(System.nanoTime());
            this.file = directory.resolve("lure-secret.txt").toAbsolutePath();
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(this::accept, "lures-listener");
        t.setDaemon(true);
        t.start();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try (Socket s = listener.accept()) {
                connections.incrementAndGet();
                s.getOutputStream().write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().write(secret.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closed) {
                // the listener was closed, or the caller hung up: either way nothing more to count
            }
        }
    }

    /** file:///…/lure-secret.txt */
    String fileUri() {
        return file.toUri().toString();
    }

    /** http://127.0.0.1:port/name on the counting listener. */
    String httpUri(String name) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + name;
    }

    /** What the file and the listener hold: an answer containing it read one of them. */
    String secret() {
        return secret;
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
