package org.bmcplatform.console.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

class PlatformClientTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final RecordedPlatform platform;

    PlatformClientTest() throws IOException {
        platform = new RecordedPlatform();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void problemDetailFromTheServerBecomesTitleAndDetail() {
        platform.answer("GET /api/components/99", 404, "application/problem+json", """
                {"type":"about:blank","title":"Component not found","status":404,
                 "detail":"There is no component 99: list them with GET /api/components","instance":"/api/components/99"}
                """);

        assertThatThrownBy(() -> platform.client().get("/api/components/99", LIST))
                .isInstanceOfSatisfying(CommandFailure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED);
                    assertThat(f.getMessage()).isEqualTo("Component not found: There is no component 99: list them with GET /api/components");
                });
    }

    @Test
    void errorWithoutProblemDetailNamesStatusAndRequest() {
        platform.answer("POST /api/discovery", 502, "text/plain", "bad gateway");

        assertThatThrownBy(() -> platform.client().post("/api/discovery", LIST))
                .hasMessage("HTTP 502 from POST /api/discovery: bad gateway");
    }

    @Test
    void closedPortSaysHowToStartThePlatformOrSetTheUrl() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        PlatformClient client = RecordedPlatform.client(closed);

        assertThatThrownBy(() -> client.get("/api/components", LIST))
                .isInstanceOfSatisfying(CommandFailure.class, f -> {
                    assertThat(f.exitCode()).isEqualTo(CommandFailure.UNREACHABLE);
                    assertThat(f.getMessage()).startsWith("cannot reach the platform at " + closed + ": start it with ")
                            .contains("--bmc.url");
                });
    }

    @Test
    void urlThatIsNotAbsoluteHttpIsAUsageErrorAtTheFirstRequest() {
        PlatformClient client = new PlatformClient(org.springframework.web.client.RestClient.builder(),
                tools.jackson.databind.json.JsonMapper.builder().build(),
                new PlatformSettings("localhost:8080", java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)));

        assertThatThrownBy(() -> client.get("/api/components", LIST))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("'localhost:8080' is not an absolute http(s) URL").hasMessageContaining("--bmc.url=");
    }

    @Test
    void onlyAbsoluteHttpUrlsAreBaseUrls() {
        java.time.Duration s = java.time.Duration.ofSeconds(1);
        assertThat(new PlatformSettings("http://127.0.0.1:8080/", s, s).baseUri()).contains(URI.create("http://127.0.0.1:8080/"));
        assertThat(new PlatformSettings("HTTPS://bmc", s, s).baseUri()).isPresent();
        assertThat(new PlatformSettings("ftp://bmc", s, s).baseUri()).isEmpty();
        assertThat(new PlatformSettings("http://[bad", s, s).baseUri()).isEmpty();
        assertThat(new PlatformSettings("http://127.0.0.1:8080/", s, s).displayUrl()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void queryParametersWithoutValueAreLeftOut() {
        platform.answer("GET /api/components/3/readings", "{\"componentId\":3,\"readings\":[]}");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("sensor", "temperature");
        query.put("from", null);
        query.put("to", "2026-11-22T01:00:00Z");

        platform.client().get("/api/components/3/readings", query, new ParameterizedTypeReference<Map<String, Object>>() {
        });

        assertThat(platform.requests()).containsExactly(
                "GET /api/components/3/readings?sensor=temperature&to=2026-11-22T01:00:00Z");
    }

    @Test
    void describeFallsBackToTitleWhenThereIsNoDetail() {
        String text = PlatformClient.describe("GET /x", 500, "{\"title\":\"Internal Server Error\",\"status\":500}",
                tools.jackson.databind.json.JsonMapper.builder().build()::readValue);

        assertThat(text).isEqualTo("Internal Server Error (HTTP 500 from GET /x)");
    }
}
