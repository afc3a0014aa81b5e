package org.bmcplatform.profiles.nvmemi.basic;

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
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the hand-written Basic Management vectors (src/test/resources/vectors/nvme-basic) both ways. */
class BasicManagementVectorTest {

    /** What each valid case is, written from the block tables, independent of the encoder. */
    private static final Map<String, BasicManagementBlock> BLOCKS = Map.of(
            "status-42c-pec", DriveStatus.of(0x38, SmartWarnings.NONE, new CompositeTemperature(0x2A), 3),
            "status-cold-worn-pec", DriveStatus.of(0x38, SmartWarnings.ofConditions(SmartWarnings.TEMPERATURE_OUT_OF_RANGE),
                    new CompositeTemperature(0xC4), 100),
            "status-hot-bytes-5-6-pec", new DriveStatus(0xB8, SmartWarnings.ofConditions(SmartWarnings.SPARE_BELOW_THRESHOLD),
                    new CompositeTemperature(0x7F), 255, 0x46, 0x01),
            "status-not-ready-no-pec", DriveStatus.of(DriveStatus.DRIVE_NOT_READY, SmartWarnings.NONE, CompositeTemperature.noData(), 0),
            "status-sensor-failure-no-pec", DriveStatus.of(DriveStatus.DRIVE_FUNCTIONAL, SmartWarnings.NONE,
                    CompositeTemperature.sensorFailure(), 10),
            "identity-pec", DriveIdentity.of(0x144D, "S4EVNX0R123456"));

    record Case(String id, int address, int command, boolean pec, Bytes read, boolean valid, JsonNode fields, JsonNode error) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        try (InputStream in = BasicManagementVectorTest.class.getResourceAsStream("/vectors/nvme-basic/independent.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in).get("cases")) {
                all.add(new Case(c.get("id").asText(), Integer.decode(c.get("address").asText()),
                        Integer.decode(c.get("command").asText()), c.get("pec").asBoolean(), Bytes.fromHex(c.get("read").asText()),
                        !c.has("valid") || c.get("valid").asBoolean(), c.get("fields"), c.get("error")));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorDecodesToTheSpecifiedBlockAndEncodesBackToTheSameBytes(Case c) {
        if (!c.valid()) {
            assertThatThrownBy(() -> BasicManagementCodec.decode(c.command(), c.read(), c.address(), c.pec()))
                    .isInstanceOfSatisfying(BasicManagementFormatException.class, e -> {
                        assertThat(e.field()).isEqualTo(c.error().get("field").asText());
                        assertThat(e.offset()).isEqualTo(c.error().get("offset").asInt());
                    });
            return;
        }
        BasicManagementBlock expected = BLOCKS.get(c.id());
        assertThat(expected).as("a record for every vector; add one for " + c.id()).isNotNull();
        BasicManagementBlock decoded = BasicManagementCodec.decode(c.command(), c.read(), c.address(), c.pec());
        assertThat(decoded).isEqualTo(expected);
        assertThat(BasicManagementCodec.encode(expected, c.address(), c.pec())).isEqualTo(c.read());
        checkFields(c.fields(), decoded);
    }

    private static void checkFields(JsonNode f, BasicManagementBlock decoded) {
        if (decoded instanceof DriveIdentity id) {
            assertThat(id.vendorId()).isEqualTo(f.get("vendorId").asInt());
            assertThat(id.serial()).isEqualTo(f.get("serial").asText());
            return;
        }
        DriveStatus s = (DriveStatus) decoded;
        assertThat(s.flags()).isEqualTo(f.get("flags").asInt());
        assertThat(s.percentageUsed()).isEqualTo(f.get("percentUsed").asInt());
        assertThat(s.usable()).isEqualTo(f.get("usable").asBoolean());
        if (f.has("temperatureC")) {
            assertThat(s.temperature().celsius()).hasValue(f.get("temperatureC").asInt());
        } else {
            assertThat(s.temperature().celsius()).isEmpty();
        }
        if (f.has("temperatureKind")) {
            assertThat(s.temperature().kind()).hasToString(f.get("temperatureKind").asText());
        }
    }

    @Test
    void aRejectedReadDoesNotDisturbTheNextGoodOne() throws IOException {
        List<Case> all = cases().toList();
        Case good = all.stream().filter(c -> c.id().equals("status-42c-pec")).findFirst().orElseThrow();
        for (Case bad : all.stream().filter(c -> !c.valid()).toList()) {
            assertThatThrownBy(() -> BasicManagementCodec.decode(bad.command(), bad.read(), bad.address(), bad.pec()))
                    .isInstanceOf(BasicManagementFormatException.class);
            assertThat(BasicManagementCodec.decode(good.command(), good.read(), good.address(), good.pec()))
                    .isEqualTo(BLOCKS.get(good.id()));
        }
    }
}
