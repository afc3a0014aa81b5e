package org.bmcplatform.console.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;

import org.bmcplatform.console.shell.CommandFailure;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform's REST API (DESIGN.md, REST). A server error becomes a {@link CommandFailure}
 * with the problem detail's title and detail; no answer at all becomes an "unreachable" failure
 * that says how to start the platform or point the console elsewhere.
 */
@Component
public class PlatformClient {

    private final RestClient rest;
    private final JsonMapper json;
    private final PlatformSettings settings;

    public PlatformClient(RestClient.Builder builder, JsonMapper json, PlatformSettings settings) {
        this.rest = settings.baseUri().map(base -> {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(settings.readTimeout());
            return builder.clone()
                    .baseUrl(base)
                    .requestFactory(requests)
                    .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .build();
        }).orElse(null);
        this.json = json;
        this.settings = settings;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** GET {@code path} and read the JSON answer as {@code type}. */
    public <T> T get(String path, ParameterizedTypeReference<T> type) {
        return get(path, Map.of(), type);
    }

    /** GET {@code path} with query parameters (null values are left out). */
    public <T> T get(String path, Map<String, ?> query, ParameterizedTypeReference<T> type) {
        return call("GET " + path, () -> rest.get()
                .uri(b -> withQuery(b.path(path), query))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem("GET " + path, response);
                })
                .body(type));
    }

    /** POST to {@code path} without a body and read the JSON answer as {@code type}. */
    public <T> T post(String path, ParameterizedTypeReference<T> type) {
        return call("POST " + path, () -> rest.post()
                .uri(path)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem("POST " + path, response);
                })
                .body(type));
    }

    /** POST a JSON body (none when null) to {@code path} and read the JSON answer as {@code type}. */
    public <T> T post(String path, Object body, ParameterizedTypeReference<T> type) {
        return send(HttpMethod.POST, path, body, type);
    }

    /** PUT a JSON body to {@code path} and read the JSON answer as {@code type}. */
    public <T> T put(String path, Object body, ParameterizedTypeReference<T> type) {
        return send(HttpMethod.PUT, path, body, type);
    }

    /** DELETE {@code path} and read the JSON answer as {@code type}. */
    public <T> T delete(String path, ParameterizedTypeReference<T> type) {
        return send(HttpMethod.DELETE, path, null, type);
    }

    private <T> T send(HttpMethod method, String path, Object body, ParameterizedTypeReference<T> type) {
        String what = method.name() + " " + path;
        return call(what, () -> {
            RestClient.RequestBodySpec request = rest.method(method).uri(path);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            return request.retrieve()
                    .onStatus(HttpStatusCode::isError, (req, response) -> {
                        throw problem(what, response);
                    })
                    .body(type);
        });
    }

    /**
     * GET {@code path} (a file the platform offers, e.g. a capture) into {@code target}: written to a
     * temporary file beside it and moved into place once complete, so a failure leaves no partial file.
     *
     * @return the file name the platform suggests (Content-Disposition) and the bytes written
     */
    public Download download(String path, MediaType mediaType, Path target) {
        String what = "GET " + path;
        return call(what, () -> rest.get()
                .uri(path)
                .accept(mediaType, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw problem(what, response);
                    }
                    // an IOException here is the local file's (or a cut connection's), not an unreachable platform
                    Path partial = null;
                    try {
                        partial = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".part");
                        long bytes;
                        try (InputStream in = response.getBody()) {
                            bytes = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        }
                        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                        return new Download(response.getHeaders().getContentDisposition().getFilename(), bytes);
                    } catch (IOException e) {
                        throw CommandFailure.failed("saving " + what + " to " + target + " failed: " + e);
                    } finally {
                        if (partial != null) {
                            Files.deleteIfExists(partial);
                        }
                    }
                }));
    }

    /** A file saved by {@link #download}: the name the platform gave it (may be null) and its size. */
    public record Download(String suggestedName, long bytes) {
    }

    private static URI withQuery(UriBuilder builder, Map<String, ?> query) {
        query.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder.build();
    }

    private <T> T call(String what, Supplier<T> exchange) {
        if (rest == null) {
            throw CommandFailure.usage("bmc.url '" + settings.displayUrl() + "' is not an absolute http(s) URL:"
                    + " set --bmc.url=http://HOST:PORT (or BMC_URL), e.g. http://localhost:8080");
        }
        try {
            T body = exchange.get();
            if (body == null) {
                throw CommandFailure.failed(what + " answered with an empty body");
            }
            return body;
        } catch (ResourceAccessException e) {
            throw CommandFailure.unreachable(unreachableMessage(), e);
        } catch (CommandFailure e) {
            throw e;
        } catch (RestClientException e) {
            throw CommandFailure.failed(what + " gave an answer the console cannot read: " + e.getMostSpecificCause().getMessage());
        }
    }

    /** What to do when nothing answers at the configured URL. */
    public String unreachableMessage() {
        return "cannot reach the platform at " + settings.displayUrl()
                + ": start it with `java -jar platform-app/target/platform-app-0.1.0-SNAPSHOT.jar`"
                + " or set --bmc.url=URL (or the BMC_URL environment variable)";
    }

    private CommandFailure problem(String what, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        return CommandFailure.failed(describe(what, status, body, json::readValue));
    }

    /** {@code title: detail}, from a problem detail if the body is one, else the status and what was called. */
    static String describe(String what, int status, String body, ProblemReader reader) {
        Problem problem = null;
        if (!body.isBlank()) {
            try {
                problem = reader.read(body, Problem.class);
            } catch (JacksonException e) {
                problem = null;
            }
        }
        if (problem != null && (problem.title() != null || problem.detail() != null)) {
            String title = problem.title() != null ? problem.title() : "HTTP " + status;
            return problem.detail() != null ? title + ": " + problem.detail() : title + " (HTTP " + status + " from " + what + ")";
        }
        return "HTTP " + status + " from " + what + (body.isBlank() ? "" : ": " + abbreviate(body));
    }

    private static String abbreviate(String body) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }

    /** Reads a JSON body; {@link JsonMapper#readValue(String, Class)} in production. */
    @FunctionalInterface
    interface ProblemReader {
        Problem read(String body, Class<Problem> type);
    }
}
