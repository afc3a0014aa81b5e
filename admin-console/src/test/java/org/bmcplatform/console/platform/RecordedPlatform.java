package org.bmcplatform.console.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a free loopback port that answers each "METHOD path" with a response
 * shaped as DESIGN.md's REST table documents, and records the requests it saw (path and query).
 */
public final class RecordedPlatform implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    public RecordedPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            requests.add(exchange.getRequestMethod() + " " + uri);
            byte[] sent = exchange.getRequestBody().readAllBytes();
            if (sent.length > 0) {
                bodies.add(exchange.getRequestMethod() + " " + uri.getPath() + " " + new String(sent, StandardCharsets.UTF_8));
            }
            Answer answer = answers.get(exchange.getRequestMethod() + " " + uri.getPath());
            if (answer == null) {
                answer = new Answer(404, "application/problem+json",
                        ("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"no route "
                                + uri.getPath() + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
            }
            byte[] body = answer.body();
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public RecordedPlatform answer(String methodAndPath, String json) {
        return answer(methodAndPath, 200, "application/json", json);
    }

    public RecordedPlatform answer(String methodAndPath, int status, String contentType, String body) {
        answers.put(methodAndPath, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of()));
        return this;
    }

    /** Answers with bytes (a file download) and extra headers such as Content-Disposition. */
    public RecordedPlatform answer(String methodAndPath, String contentType, byte[] body, Map<String, String> headers) {
        answers.put(methodAndPath, new Answer(200, contentType, body.clone(), Map.copyOf(headers)));
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The bodies of the requests that had one, as "METHOD path body". */
    public List<String> bodies() {
        return List.copyOf(bodies);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this server, built as the application builds it. */
    public PlatformClient client() {
        return client(url());
    }

    public static PlatformClient client(URI url) {
        return new PlatformClient(RestClient.builder(), JsonMapper.builder().build(),
                new PlatformSettings(url.toString(), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    }
}
