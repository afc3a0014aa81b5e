package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the independent NVMe-MI vectors (src/test/resources/vectors/nvme-mi) in both directions. */
class NvmeMiVectorTest {
    private static final List<String> FILES = List.of("nvme-mi.json", "reference-9-5.json");
    private static final HealthStatusPollRequest POLL = new HealthStatusPollRequest(0, false);

    /** What each valid case is, written from the spec tables, independent of the encoder. */
    private static final Map<String, MiRequest> REQUESTS = Map.of(
            "shsp-req-cs0", new HealthStatusPollRequest(0, false),
            "shsp-req-cs1", new HealthStatusPollRequest(0, true),
            "rds-subsystem-info-req", new ReadDataStructureRequest(0, DataStructureType.SUBSYSTEM_INFORMATION, 0, 0),
            "admin-identify-controller-req", new IdentifyControllerRequest(0, 0, 0, 4096),
            "config-get-mtu-req", new MiCommandRequest(0, MiOpcode.CONFIGURATION_GET, 3, 0, Bytes.EMPTY));

    private static final Map<String, MiResponse> RESPONSES = Map.of(
            "shsp-rsp-42c", new HealthStatusPollResponse(0, new SubsystemHealth(0x38, SmartWarnings.NONE,
                    new CompositeTemperature(42), 3, SubsystemHealth.CCS_READY)),
            "shsp-rsp-minus5c", new HealthStatusPollResponse(0, new SubsystemHealth(0x38,
                    SmartWarnings.ofConditions(SmartWarnings.TEMPERATURE_OUT_OF_RANGE), new CompositeTemperature(0xFB), 100, 0x0201)),
            "error-invalid-opcode", new ErrorResponse(0, MessageKind.MI_COMMAND, MiStatus.INVALID_COMMAND_OPCODE, 0));

    record Case(String file, String id, Bytes message, boolean valid, JsonNode fields) {
        @Override
        public String toString() {
            return file + ":" + id;
        }
    }

    static Stream<Case> cases() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = NvmeMiVectorTest.class.getResourceAsStream("/vectors/nvme-mi/" + file)) {
                for (JsonNode c : mapper.readTree(in).get("cases")) {
                    all.add(new Case(file, c.get("id").asText(), Bytes.fromHex(c.get("message").asText()),
                            !c.has("valid") || c.get("valid").asBoolean(), c.get("fields")));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorDecodesToTheSpecifiedRecordAndEncodesBackToTheSameBytes(Case c) {
        if (!c.valid()) {
            assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(c.message(), POLL))
                    .isInstanceOfSatisfying(NvmeMiFormatException.class, e -> {
                        assertThat(e.field()).isEqualTo("MIC");
                        assertThat(e.offset()).isEqualTo(c.message().length() - 4);
                    });
            return;
        }
        if (REQUESTS.containsKey(c.id())) {
            MiRequest expected = REQUESTS.get(c.id());
            assertThat(NvmeMiCodec.decodeRequest(c.message())).isEqualTo(expected);
            assertThat(NvmeMiCodec.encode(expected)).isEqualTo(c.message());
            return;
        }
        MiResponse expected = RESPONSES.get(c.id());
        assertThat(expected).as("a record for every vector; add one for " + c.id()).isNotNull();
        MiResponse decoded = NvmeMiCodec.decodeResponse(c.message(), POLL);
        assertThat(decoded).isEqualTo(expected);
        assertThat(NvmeMiCodec.encode(expected)).isEqualTo(c.message());
        checkFields(c.fields(), decoded);
    }

    private static void checkFields(JsonNode fields, MiResponse decoded) {
        if (fields == null) {
            return;
        }
        if (fields.has("status")) {
            assertThat(decoded.status().code()).isEqualTo(fields.get("status").asInt());
        }
        if (fields.has("temperatureC")) {
            SubsystemHealth h = ((HealthStatusPollResponse) decoded).health();
            assertThat(h.temperature().celsius()).hasValue(fields.get("temperatureC").asInt());
            assertThat(h.percentageUsed()).isEqualTo(fields.get("percentUsed").asInt());
        }
    }

    @Test
    void integrityFailureDoesNotDisturbTheNextGoodMessage() throws IOException {
        List<Case> all = cases().toList();
        Case bad = all.stream().filter(c -> !c.valid()).findFirst().orElseThrow();
        Case good = all.stream().filter(c -> c.id().equals("shsp-rsp-42c")).findFirst().orElseThrow();
        assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(bad.message(), POLL)).isInstanceOf(NvmeMiFormatException.class);
        assertThat(NvmeMiCodec.decodeResponse(good.message(), POLL)).isEqualTo(RESPONSES.get("shsp-rsp-42c"));
    }
}
