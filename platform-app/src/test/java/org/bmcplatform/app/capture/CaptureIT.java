package org.bmcplatform.app.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.PlatformOnDefaultBoard;
import org.bmcplatform.app.RestApi;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.capture.CaptureRecord;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PcapngReader;
import org.bmcplatform.mctp.capture.PcapngWriter;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.packet.PacketDecoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Captures of the default virtual board's interfaces through REST, read back as Wireshark would read them. */
@PlatformOnDefaultBoard
class CaptureIT {
    private static final Duration DISCOVERY = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    RestApi api;

    @BeforeEach
    void client() {
        api = new RestApi(port);
    }

    @Test
    void aCaptureOfSmbus0HoldsBothDirectionsAsMctpPacketsWithLinkType291() throws IOException {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components"))
                .filteredOn(c -> "DRIVE".equals(c.get("componentClass")) && c.get("parentId") == null
                        && c.get("endpoint") != null).hasSize(8));

        ResponseEntity<Map<String, Object>> started = start("smbus0", null);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> capture = started.getBody();
        String id = (String) capture.get("id");
        assertThat(capture).containsEntry("interface", "smbus0").containsEntry("state", "RUNNING")
                .containsKeys("file", "startedAt", "packets", "bytes", "download");
        assertThat((String) capture.get("file")).matches("smbus0-\\d{8}T\\d{6}\\.\\d{3}Z(-\\d+)?\\.pcapng").isEqualTo(id + ".pcapng");
        assertThat(started.getHeaders().getLocation()).hasToString("/api/captures/" + id);
        api.post("/api/discovery"); // traffic both ways, on top of the drives' polling
        await().atMost(PATIENCE).until(() -> number(api.get("/api/captures/" + id), "packets") >= 20);

        ResponseEntity<Map<String, Object>> stopped = api.send(HttpMethod.DELETE, "/api/interfaces/smbus0/capture", null);

        assertThat(stopped.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> last = stopped.getBody();
        assertThat(last).containsEntry("id", id).containsEntry("state", "STOPPED").containsEntry("stopReason", "REQUESTED")
                .containsKey("stoppedAt");
        assertThat(api.list("/api/captures")).filteredOn(c -> id.equals(c.get("id"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("state", "STOPPED").containsEntry("packets", last.get("packets")));
        ResponseEntity<byte[]> file = api.bytes("/api/captures/" + id + "/file");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType()).hasToString("application/x-pcapng");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo(id + ".pcapng");
        assertThat((long) file.getBody().length).isEqualTo(number(last, "bytes"));

        try (PcapngReader reader = new PcapngReader(new ByteArrayInputStream(file.getBody()))) {
            List<CaptureRecord> records = reader.readAll();
            assertThat(records).hasSize((int) number(last, "packets"));
            assertThat(reader.interfaces()).singleElement().satisfies(i -> {
                assertThat(i.linkType()).isEqualTo(PcapngWriter.LINKTYPE_MCTP).isEqualTo(291);
                assertThat(i.name()).isEqualTo("smbus0");
            });
            assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(CaptureRecord.Mctp.class));
            List<CapturedPacket> packets = records.stream().map(r -> ((CaptureRecord.Mctp) r).packet()).toList();
            assertThat(packets).extracting(CapturedPacket::direction).contains(Direction.INBOUND, Direction.OUTBOUND)
                    .doesNotContain(Direction.UNKNOWN);
            assertThat(packets).extracting(CapturedPacket::at).isSorted()
                    .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(Instant.parse((String) capture.get("startedAt")).minusSeconds(1)));
            for (CapturedPacket p : packets.subList(0, 10)) {
                // DSP0236 §8.1: the record starts at the transport header, version 1, our EID 8 on one side
                PacketDecoding decoded = PacketCodec.decode(p.packet());
                assertThat(decoded).as(p.packet().toHex()).isInstanceOf(PacketDecoding.Decoded.class);
                var header = ((PacketDecoding.Decoded) decoded).packet().header();
                assertThat(p.direction() == Direction.OUTBOUND ? header.source().value() : header.destination().value())
                        .isEqualTo(8);
                assertThat(p.peer()).isNotEqualTo(LinkAddress.NONE);
            }
        }
    }

    @Test
    void aSecondCaptureOfTheSameInterfaceIsAConflictUntilTheFirstStops() {
        assertThat(start("smbus1", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            ResponseEntity<Map<String, Object>> again = start("smbus1", null);

            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) again.getBody().get("detail")).contains("smbus1 is being captured already")
                    .contains("DELETE /api/interfaces/smbus1/capture");
        } finally {
            assertThat(api.send(HttpMethod.DELETE, "/api/interfaces/smbus1/capture", null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<Map<String, Object>> none = api.send(HttpMethod.DELETE, "/api/interfaces/smbus1/capture", null);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) none.getBody().get("detail")).contains("is not being captured");
    }

    @Test
    void aCaptureStopsItselfAtItsPacketLimitWithAValidFile() throws IOException {
        await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components"))
                .filteredOn(c -> "DRIVE".equals(c.get("componentClass")) && c.get("parentId") == null
                        && c.get("endpoint") != null).hasSize(8));
        ResponseEntity<Map<String, Object>> started = start("smbus1", "{\"maxPackets\": 5, \"maxSeconds\": 600}");
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) started.getBody().get("id");
        assertThat(RestApi.object(started.getBody().get("limits"))).containsEntry("maxPackets", 5).containsEntry("maxSeconds", 600);

        Map<String, Object> stopped = await().atMost(PATIENCE).until(() -> api.get("/api/captures/" + id),
                c -> "STOPPED".equals(c.get("state")));

        assertThat(stopped).containsEntry("stopReason", "PACKET_LIMIT").containsEntry("packets", 5);
        try (PcapngReader reader = new PcapngReader(new ByteArrayInputStream(api.bytes("/api/captures/" + id + "/file").getBody()))) {
            assertThat(reader.readAll()).hasSize(5);
        }
        // the interface is free again
        ResponseEntity<Map<String, Object>> next = start("smbus1", "{\"maxPackets\": 1}");
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(PATIENCE).until(() -> api.get("/api/captures/" + next.getBody().get("id")),
                c -> "STOPPED".equals(c.get("state")));
    }

    @Test
    void limitsThatAreNotWholePositiveNumbersAreAProblemSayingWhatToSend() {
        for (String body : new String[] {"{\"maxPackets\": -1}", "{\"maxPackets\": 1.5}", "{\"packets\": 5}",
                "{\"maxBytes\": \"1MB\"}", "{\"maxBytes\": 10}", "five packets", "[1]"}) {
            ResponseEntity<Map<String, Object>> response = start("smbus0", body);

            assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) response.getBody().get("detail")).as(body)
                    .contains("{\"maxPackets\": 1000, \"maxBytes\": 1048576, \"maxSeconds\": 60}");
        }
        assertThat(api.get("/api/interfaces/smbus0")).isNotNull();
        assertThat(api.list("/api/captures")).noneSatisfy(c -> assertThat(c)
                .containsEntry("interface", "smbus0").containsEntry("state", "RUNNING"));
    }

    @Test
    void aCaptureOfAnUnknownInterfaceIsAProblemNamingTheInterfaces() {
        ResponseEntity<Map<String, Object>> response = start("smbus9", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("detail")).contains("No interface 'smbus9'", "smbus0, smbus1");
    }

    @Test
    void aFileLeftByAnEarlierRunIsListedAndDownloadable() throws IOException {
        Path dir = Path.of(PlatformOnDefaultBoard.DATA_DIR, "captures");
        Files.createDirectories(dir);
        Path old = dir.resolve("host0-20250102T030405.678Z.pcapng");
        try (PcapngWriter writer = new PcapngWriter(old)) {
            writer.onPacket(new CapturedPacket(Instant.parse("2025-01-02T03:04:05.700Z"), "host0", Direction.OUTBOUND,
                    Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.NONE));
        }

        Map<String, Object> listed = api.list("/api/captures").stream()
                .filter(c -> "host0-20250102T030405.678Z".equals(c.get("id"))).findFirst().orElseThrow();

        assertThat(listed).containsEntry("interface", "host0").containsEntry("startedAt", "2025-01-02T03:04:05.678Z")
                .containsEntry("state", "STOPPED").containsEntry("bytes", (int) Files.size(old));
        assertThat(listed.get("packets")).isNull();
        ResponseEntity<byte[]> file = api.bytes("/api/captures/host0-20250102T030405.678Z/file");
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody()).isEqualTo(Files.readAllBytes(old));
    }

    @Test
    void idsThatPointOutsideTheCaptureDirectoryAreUnknown() throws IOException, InterruptedException {
        Files.createDirectories(Path.of(PlatformOnDefaultBoard.DATA_DIR));
        Files.writeString(Path.of(PlatformOnDefaultBoard.DATA_DIR, "secret.pcapng"), "not for download");
        HttpClient http = HttpClient.newHttpClient();
        for (String id : new String[] {"..%2Fsecret", "%2E%2E%2Fsecret", "..%2F..%2Fplatform-it-data%2Fsecret", "secret",
                "..%5Csecret", "%2e%2e"}) {
            // sent as typed: no client-side normalising or re-encoding
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/captures/" + id + "/file")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(id).isBetween(400, 499);
            assertThat(response.body()).as(id).doesNotContain("not for download");
        }
        ResponseEntity<Map<String, Object>> unknown = api.exchange("/api/captures/nothing-here/file");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("detail")).isEqualTo("No capture 'nothing-here'; list them with GET /api/captures");
    }

    private ResponseEntity<Map<String, Object>> start(String iface, String body) {
        return api.send(HttpMethod.POST, "/api/interfaces/" + iface + "/capture", body);
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
