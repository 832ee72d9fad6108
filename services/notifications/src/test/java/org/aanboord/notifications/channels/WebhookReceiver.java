package org.aanboord.notifications.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A municipal system's webhook endpoint on a real HTTP server (JDK HttpServer): it verifies every request as a
 * Standard Webhooks receiver would, with its own code (not the service's signer), answers 204 to good ones and
 * 401 to bad ones. {@link #down()} closes the port, so senders get "connection refused".
 */
public final class WebhookReceiver {

    /** One verified webhook as the receiver saw it. */
    public record Received(String path, String id, long timestamp, String body) {
    }

    private final int port;
    private final Map<String, String> secretsByPath;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private HttpServer server;

    public WebhookReceiver(Map<String, String> secretsByPath) {
        this.port = freePort();
        this.secretsByPath = Map.copyOf(secretsByPath);
        up();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public synchronized void up() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public synchronized void down() {
        server.stop(0);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<String> rejected() {
        return List.copyOf(rejected);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        String secret = secretsByPath.get(path);
        boolean valid = secret != null && id != null && timestamp != null && signatures != null
                && verifies(secret, id, timestamp, body, signatures);
        if (valid) {
            received.add(new Received(path, id, Long.parseLong(timestamp), new String(body, StandardCharsets.UTF_8)));
        } else {
            rejected.add(path + " " + id);
        }
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
    }

    /** The verification a receiver implements (the README shows the same steps). */
    static boolean verifies(String secret, String id, String timestamp, byte[] body, String signatureHeader) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = hmac.doFinal(body);
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
