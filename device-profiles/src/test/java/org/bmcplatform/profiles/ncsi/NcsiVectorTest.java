package org.bmcplatform.profiles.ncsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bmcplatform.profiles.ncsi.NcsiVectors.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every NC-SI vector (src/test/resources/vectors/ncsi) in both directions. */
class NcsiVectorTest {

    static Stream<Case> cases() {
        return NcsiVectors.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorDecodesToTheSpecifiedValueAndEncodesBackToTheSameBytes(Case c) {
        if (!c.valid()) {
            assertThatThrownBy(() -> NcsiCodec.decode(c.message())).isInstanceOfSatisfying(NcsiFormatException.class,
                    e -> assertThat(e.field()).isEqualTo(c.expect()));
            return;
        }
        NcsiPacket expected = ExpectedVectors.BY_ID.get(c.id());
        assertThat(expected).as("a value for every vector; add one for " + c.id()).isNotNull();
        NcsiPacket decoded = NcsiCodec.decode(c.message());
        assertThat(decoded).isEqualTo(expected);
        assertThat(NcsiCodec.encode(expected)).isEqualTo(c.encoded());
        if (c.fields() != null) {
            checkFields(decoded, c.fields());
        }
    }

    private static void checkFields(NcsiPacket decoded, JsonNode fields) {
        if (fields.has("linkUp")) {
            LinkStatus s = decoded instanceof LinkStatusChangeAen a ? a.linkStatus() : ((GetLinkStatusResponse) decoded).linkStatus();
            assertThat(s.linkUp()).isEqualTo(fields.get("linkUp").asBoolean());
            assertThat(s.speedDuplex().code()).isEqualTo(fields.get("speedDuplex").asInt());
        }
        if (fields.has("responseCode")) {
            NcsiResponse r = (NcsiResponse) decoded;
            assertThat(r.responseCode().code()).isEqualTo(fields.get("responseCode").asInt());
            assertThat(r.reasonCode().code()).isEqualTo(fields.get("reasonCode").asInt());
        }
    }

    @Test
    void everyExpectedValueHasAVector() {
        Set<String> ids = NcsiVectors.all().stream().map(Case::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(ExpectedVectors.BY_ID.keySet());
    }

    @Test
    void malformedPacketsDoNotDisturbTheNextGoodOne() {
        Case good = NcsiVectors.byId("get-link-status-rsp-1g-up");
        for (Case bad : NcsiVectors.all()) {
            if (!bad.valid()) {
                assertThatThrownBy(() -> NcsiCodec.decode(bad.message())).as(bad.id()).isInstanceOf(NcsiFormatException.class);
                assertThat(NcsiCodec.decode(good.message())).isEqualTo(ExpectedVectors.BY_ID.get(good.id()));
            }
        }
    }

    @Test
    void unsupportedGetLinkStatusIsAValueNamingTheCodes() {
        // ncsi.json's description says 0x0001; its bytes (and the reference §9.2) say 0x0003 Command Unsupported
        NcsiResponse r = NcsiCodec.decodeResponse(NcsiVectors.byId("get-link-status-unsupported").message());
        assertThat(r.responseCode()).isEqualTo(ResponseCode.UNSUPPORTED);
        assertThat(r.responseCode().label()).isEqualTo("Command Unsupported (0x0003)");
        assertThat(r.reasonCode().label()).isEqualTo("Unknown/Unsupported Command Type (0x7fff)");
    }

    @Test
    void oneGigabitLinkReadsAsTheReferenceDescribesIt() {
        GetLinkStatusResponse r = (GetLinkStatusResponse) NcsiCodec.decode(NcsiVectors.byId("get-link-status-rsp-1g-up").message());
        LinkStatus s = r.linkStatus();
        assertThat(s.bits()).isEqualTo(0x0003006FL); // DSP0222 Link Status field bit definitions
        assertThat(s.speedDuplex().label()).isEqualTo("1000BASE-T full duplex (0x07)");
        assertThat(s.speedDuplex().megabitsPerSecond()).isEqualTo(1000);
        assertThat(s.autonegotiationEnabled()).isTrue();
        assertThat(s.autonegotiationComplete()).isTrue();
        assertThat(s.txFlowControl()).isTrue();
        assertThat(s.rxFlowControl()).isTrue();
        assertThat(r.hostDriverRunning()).isTrue();
    }

    @Test
    void versionIdReadsAsIdentity() {
        GetVersionIdResponse r = (GetVersionIdResponse) NcsiCodec.decode(NcsiVectors.byId("get-version-id-rsp").message());
        assertThat(r.version().label()).isEqualTo("1.2.0");
        assertThat(r.firmwareNameText()).isEqualTo("EXAMPLE-NIC");
        assertThat(r.firmwareName()).isEqualTo(GetVersionIdResponse.firmwareName("EXAMPLE-NIC"));
        assertThat(r.firmwareVersionLabel()).isEqualTo("01.02.03.04");
        assertThat(r.pciVendorId()).isEqualTo(0x15B3);
        assertThat(r.pciDeviceId()).isEqualTo(0x1017);
        assertThat(r.manufacturerId()).isEqualTo(0x8119);
    }

    @Test
    void statisticsLayoutFollowsThePayloadLength() {
        GetControllerPacketStatisticsResponse wide = (GetControllerPacketStatisticsResponse) NcsiCodec.decode(
                NcsiVectors.byId("get-controller-packet-statistics-rsp-64").message());
        assertThat(wide.statistics().width()).isEqualTo(CounterWidth.BITS_64);
        assertThat(Long.toUnsignedString(wide.statistics().get(PacketCounter.VALID_BYTES_RECEIVED))).isEqualTo("18446744069414584320");
        GetControllerPacketStatisticsResponse narrow = (GetControllerPacketStatisticsResponse) NcsiCodec.decode(
                NcsiVectors.byId("get-controller-packet-statistics-rsp-32").message());
        assertThat(narrow.statistics().width()).isEqualTo(CounterWidth.BITS_32);
        assertThat(narrow.statistics().get(PacketCounter.FCS_RECEIVE_ERRORS)).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void capabilityFlagsAreNamed() {
        GetCapabilitiesResponse r = (GetCapabilitiesResponse) NcsiCodec.decode(NcsiVectors.byId("get-capabilities-rsp").message());
        assertThat(r.hardwareArbitration()).isTrue();
        assertThat(r.osPresence()).isFalse();
        assertThat(r.linkStatusChangeAenSupported()).isTrue();
        assertThat(r.channelCount()).isEqualTo(2);
    }
}
