package org.bmcplatform.app;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A small JSON client of the platform's REST API for the integration tests. */
public final class RestApi {
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final RestClient client;

    public RestApi(int port) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public List<Map<String, Object>> list(String path) {
        return client.get().uri(path).retrieve().body(LIST);
    }

    public Map<String, Object> get(String path) {
        return client.get().uri(path).retrieve().body(OBJECT);
    }

    public Map<String, Object> post(String path) {
        return client.post().uri(path).retrieve().body(OBJECT);
    }

    public Map<String, Object> put(String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(OBJECT);
    }

    public Map<String, Object> delete(String path) {
        return client.delete().uri(path).retrieve().body(OBJECT);
    }

    /** A PUT of a raw JSON text, any status, without throwing: for problem details. */
    public ResponseEntity<Map<String, Object>> putExchange(String path, String json) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .onStatus(s -> true, (request, response) -> { }).toEntity(OBJECT);
    }

    /** Any status, without throwing: for problem details. */
    public ResponseEntity<Map<String, Object>> exchange(String path) {
        return client.get().uri(path).retrieve().onStatus(s -> true, (request, response) -> { }).toEntity(OBJECT);
    }

    public ResponseEntity<Map<String, Object>> postExchange(String path) {
        return client.post().uri(path).retrieve().onStatus(s -> true, (request, response) -> { }).toEntity(OBJECT);
    }

    /** Any method, with an optional JSON body, any status, without throwing. */
    public ResponseEntity<Map<String, Object>> send(HttpMethod method, String path, String jsonBody) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (jsonBody != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
        }
        return request.retrieve().onStatus(s -> true, (req, response) -> { }).toEntity(OBJECT);
    }

    /** The raw bytes of a download, any status, without throwing. */
    public ResponseEntity<byte[]> bytes(String path) {
        return client.get().uri(path).retrieve().onStatus(s -> true, (request, response) -> { }).toEntity(byte[].class);
    }

    public ResponseEntity<String> text(String path) {
        return client.get().uri(path).retrieve().onStatus(s -> true, (request, response) -> { }).toEntity(String.class);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Object o) {
        return (List<Object>) o;
    }
}
