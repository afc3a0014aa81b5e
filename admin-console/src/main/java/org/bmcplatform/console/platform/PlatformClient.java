package org.bmcplatform.console.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

import org.bmcplatform.console.shell.CommandFailure;
import org.springframework.core.ParameterizedTypeReference;
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

    /** PUT a JSON {@code body} to {@code path} and read the JSON answer as {@code type}. */
    public <T> T put(String path, Object body, ParameterizedTypeReference<T> type) {
        return call("PUT " + path, () -> rest.put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem("PUT " + path, response);
                })
                .body(type));
    }

    /** DELETE {@code path} and read the JSON answer as {@code type}. */
    public <T> T delete(String path, ParameterizedTypeReference<T> type) {
        return call("DELETE " + path, () -> rest.delete()
                .uri(path)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw problem("DELETE " + path, response);
                })
                .body(type));
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
