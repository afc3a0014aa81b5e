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
    private static final List<String> FILES = List.of("nvme-mi.json", "reference-9-5.json", "independent.json");
    private static final HealthStatusPollRequest POLL = new HealthStatusPollRequest(0, false);

    /** What each valid case is, written from the spec tables, independent of the encoder. */
    private static final Map<String, MiRequest> REQUESTS = Map.ofEntries(
            Map.entry("shsp-req-cs0", new HealthStatusPollRequest(0, false)),
            Map.entry("shsp-req-cs1", new HealthStatusPollRequest(0, true)),
            Map.entry("rds-subsystem-info-req", new ReadDataStructureRequest(0, DataStructureType.SUBSYSTEM_INFORMATION, 0, 0)),
            Map.entry("admin-identify-controller-req", new IdentifyControllerRequest(0, 0, 0, 4096)),
            Map.entry("config-get-mtu-req", new ConfigurationGetRequest(0, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, 0)),
            Map.entry("chsp-req-all", ControllerHealthStatusPollRequest.all(0)),
            Map.entry("chsp-req-changed", new ControllerHealthStatusPollRequest(0, 1, 4,
                    ControllerHealthStatusPollRequest.INCLUDE_PCI_FUNCTIONS, false,
                    ControllerHealthStatusPollRequest.FILTER_CTEMP | ControllerHealthStatusPollRequest.FILTER_CWARN, true)),
            Map.entry("config-get-mtu-port1-csi1-req", new ConfigurationGetRequest(1, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, 1)),
            Map.entry("config-set-mtu-req", ConfigurationSetRequest.transmissionUnitSize(0, 1, 128)),
            Map.entry("config-get-freq-req", new ConfigurationGetRequest(0, ConfigurationIdentifier.SMBUS_I2C_FREQUENCY, 1)),
            Map.entry("config-set-freq-req", ConfigurationSetRequest.smbusFrequency(0, 1, SmbusFrequency.KHZ_400)),
            Map.entry("config-set-health-change-req", ConfigurationSetRequest.healthStatusChange(0, 0x600)),
            Map.entry("config-get-unknown-req", new ConfigurationGetRequest(0, new ConfigurationIdentifier(0xC0), 0)));

    private static final ControllerHealth CONTROLLER_1 = new ControllerHealth(1, ControllerHealth.CSTS_READY, 315, 3, 100, 0, 0);

    private static final Map<String, MiResponse> RESPONSES = Map.ofEntries(
            Map.entry("shsp-rsp-42c", new HealthStatusPollResponse(0, new SubsystemHealth(0x38, SmartWarnings.NONE,
                    new CompositeTemperature(42), 3, SubsystemHealth.CCS_READY))),
            Map.entry("shsp-rsp-minus5c", new HealthStatusPollResponse(0, new SubsystemHealth(0x38,
                    SmartWarnings.ofConditions(SmartWarnings.TEMPERATURE_OUT_OF_RANGE), new CompositeTemperature(0xFB), 100, 0x0201))),
            Map.entry("error-invalid-opcode", new ErrorResponse(0, MessageKind.MI_COMMAND, MiStatus.INVALID_COMMAND_OPCODE, 0)),
            Map.entry("chsp-rsp-one", new ControllerHealthStatusPollResponse(0, List.of(
                    new ControllerHealth(1, ControllerHealth.CSTS_READY, 315, 3, 100, 0, ControllerHealth.CHANGED_CTEMP)))),
            Map.entry("chsp-rsp-two", new ControllerHealthStatusPollResponse(0, List.of(CONTROLLER_1,
                    new ControllerHealth(2, ControllerHealth.CSTS_READY | ControllerHealth.CSTS_FATAL, 358, 100, 5,
                            ControllerHealth.CWARN_SPARE | ControllerHealth.CWARN_TEMPERATURE,
                            ControllerHealth.CHANGED_CTEMP | ControllerHealth.CHANGED_CWARN)))),
            Map.entry("chsp-rsp-none", new ControllerHealthStatusPollResponse(0, List.of())),
            Map.entry("config-get-mtu-rsp", ConfigurationGetResponse.ofTransmissionUnitSize(0, 64)),
            Map.entry("config-get-mtu-port1-csi1-rsp", ConfigurationGetResponse.ofTransmissionUnitSize(1, 128)),
            Map.entry("config-set-rsp", ConfigurationSetResponse.success(0)),
            Map.entry("config-get-freq-rsp", ConfigurationGetResponse.ofFrequency(0, SmbusFrequency.KHZ_400)),
            Map.entry("config-get-invalid-parameter", new ErrorResponse(0, MessageKind.MI_COMMAND, MiStatus.INVALID_PARAMETER, 0)));

    record Case(String file, String id, Bytes message, boolean valid, JsonNode fields, String request, JsonNode error) {
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
                            !c.has("valid") || c.get("valid").asBoolean(), c.get("fields"),
                            c.has("request") ? c.get("request").asText() : null, c.get("error")));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorDecodesToTheSpecifiedRecordAndEncodesBackToTheSameBytes(Case c) {
        MiRequest context = c.request() == null ? POLL : REQUESTS.get(c.request());
        assertThat(context).as("request case " + c.request()).isNotNull();
        if (!c.valid()) {
            String field = c.error() == null ? "MIC" : c.error().get("field").asText();
            int offset = c.error() == null ? c.message().length() - 4 : c.error().get("offset").asInt();
            assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(c.message(), context))
                    .isInstanceOfSatisfying(NvmeMiFormatException.class, e -> {
                        assertThat(e.field()).isEqualTo(field);
                        assertThat(e.offset()).isEqualTo(offset);
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
        MiResponse decoded = NvmeMiCodec.decodeResponse(c.message(), context);
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
        if (decoded instanceof ControllerHealthStatusPollResponse p) {
            assertThat(p.entries()).hasSize(fields.get("entries").asInt());
            if (fields.has("controllerId")) {
                ControllerHealth first = p.entries().get(0);
                assertThat(first.controllerId()).isEqualTo(fields.get("controllerId").asInt());
                assertThat(first.temperatureCelsius()).isEqualTo(fields.get("temperatureC").asInt());
                assertThat(first.percentageUsed()).isEqualTo(fields.get("percentUsed").asInt());
            }
            return;
        }
        if (fields.has("mtu")) {
            assertThat(((ConfigurationGetResponse) decoded).transmissionUnitSize()).isEqualTo(fields.get("mtu").asInt());
        }
        if (fields.has("frequencyHz")) {
            assertThat(((ConfigurationGetResponse) decoded).frequency().hertz()).isEqualTo(fields.get("frequencyHz").asInt());
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
        Case bad = all.stream().filter(c -> c.id().equals("bad-mic")).findFirst().orElseThrow();
        Case good = all.stream().filter(c -> c.id().equals("shsp-rsp-42c")).findFirst().orElseThrow();
        assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(bad.message(), POLL)).isInstanceOf(NvmeMiFormatException.class);
        assertThat(NvmeMiCodec.decodeResponse(good.message(), POLL)).isEqualTo(RESPONSES.get("shsp-rsp-42c"));
    }
}
