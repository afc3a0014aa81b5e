package org.bmcplatform.mctp.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameInspectorTest {

    static Stream<JsonNode> smbusVectors() {
        return VectorFiles.cases("dsp0237/smbus-dsp0237.json").stream();
    }

    static Stream<JsonNode> serialVectors() {
        return VectorFiles.cases("dsp0253/serial-dsp0253.json").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smbusVectors")
    void smbusVectorIsValidExactlyWhenTheFileSaysSo(JsonNode c) {
        Inspection i = FrameInspector.smbus(VectorFiles.hex(c, "frame"));
        assertThat(i.valid()).isEqualTo(c.path("valid").asBoolean(true));
        assertThat(i.value("smbus.source")).contains(String.format("0x%02x", VectorFiles.number(c, "from")));
        assertThat(i.value("smbus.destination")).hasValueSatisfying(v ->
                assertThat(v).startsWith(String.format("0x%02x", VectorFiles.number(c, "to"))));
        assertThat(i.value("control.command")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serialVectors")
    void serialVectorIsValidExactlyWhenTheFileSaysSo(JsonNode c) {
        Inspection i = FrameInspector.serial(VectorFiles.hex(c, "frame"));
        assertThat(i.valid()).as(i.toString()).isEqualTo(c.path("valid").asBoolean(true));
        assertThat(i.value("serial.revision")).contains("0x01");
        assertThat(i.value("mctp.version")).contains("1");
    }

    @Test
    void smbusGetEidRequestNamesEveryLayer() {
        Inspection i = FrameInspector.smbus(Bytes.fromHex("3a 0f 08 21 01 00 08 c8 00 80 02 56"));
        assertThat(i.valid()).isTrue();
        assertThat(i.fields()).extracting(Field::toString).containsExactly(
                "smbus.destination: 0x1d (write)",
                "smbus.command: 0x0f (MCTP)",
                "smbus.byteCount: 8 (source address + 7-byte packet)",
                "smbus.source: 0x10",
                "smbus.pec: 0x56 (ok)",
                "mctp.version: 1",
                "mctp.destination: 0 (null)",
                "mctp.source: 8",
                "mctp.som: true",
                "mctp.eom: true",
                "mctp.sequence: 0",
                "mctp.tagOwner: 1 (request, tag owned by the sender)",
                "mctp.tag: 0",
                "message.integrityCheck: false",
                "message.type: control (0x00)",
                "control.rq: 1 (request)",
                "control.datagram: false",
                "control.instanceId: 0",
                "control.command: Get Endpoint ID (0x02)");
    }

    @Test
    void smbusGetEidResponseListsTheDecodedFields() {
        Inspection i = FrameInspector.smbus(Bytes.fromHex("20 0f 0c 3b 01 08 00 c0 00 00 02 00 00 00 00 02"));
        assertThat(i.valid()).isTrue();
        assertThat(i.value("control.completionCode")).contains("SUCCESS (0x00)");
        assertThat(i.value("control.eid")).contains("0 (not assigned)");
        assertThat(i.value("control.endpointType")).contains("simple endpoint (0)");
        assertThat(i.value("control.eidType")).contains("dynamic (0)");
    }

    @Test
    void badPecIsInvalidWithTheReasonAndStillListsTheFields() {
        Inspection i = FrameInspector.smbus(Bytes.fromHex("3a 0f 08 21 01 09 08 c8 00 80 02 31"));
        assertThat(i.valid()).isFalse();
        assertThat(i.error()).contains("PEC mismatch: received 0x31, computed 0x30");
        assertThat(i.value("smbus.pec")).contains("0x31 (computed 0x30)");
        assertThat(i.value("mctp.destination")).contains("9");
        assertThat(i.value("control.command")).contains("Get Endpoint ID (0x02)");
    }

    @Test
    void smbusByteCountMismatchIsReported() {
        Inspection i = FrameInspector.smbus(Bytes.fromHex("3a 0f 09 21 01 09 08 c8 00 80 02 30"));
        assertThat(i.valid()).isFalse();
        assertThat(i.error().orElseThrow()).contains("byte count 9");
    }

    @Test
    void serialBadFcsIsInvalidAndNamesBothValues() {
        Inspection i = FrameInspector.serial(Bytes.fromHex("7e 01 07 01 09 08 c8 00 80 02 0e b3 7e"));
        assertThat(i.valid()).isFalse();
        assertThat(i.error()).contains("FCS mismatch: received 0x0eb3, computed 0x0eb2");
        assertThat(i.value("control.command")).contains("Get Endpoint ID (0x02)");
    }

    @Test
    void serialEscapedPacketIsShownUnescaped() {
        Inspection i = FrameInspector.serial(Bytes.fromHex("7e 01 08 01 09 08 c2 7d 5e 7d 5d 5a 5a 2b b3 7e"));
        assertThat(i.valid()).isTrue();
        assertThat(i.value("mctp.tagOwner")).contains("0 (response)");
        assertThat(i.value("message.type")).contains("vendor-pci (0x7e)");
        assertThat(i.value("message.body")).contains("7d 5a 5a");
    }

    @Test
    void truncatedSerialFrameSaysWhereItEnds() {
        Inspection i = FrameInspector.serial(Bytes.fromHex("7e 01 07 01 09 08"));
        assertThat(i.valid()).isFalse();
        assertThat(i.error().orElseThrow()).contains("3 of 7 packet bytes");
    }

    @Test
    void versionSupportResponseListsEachEntry() {
        Inspection i = FrameInspector.serial(Bytes.fromHex(
                "7e 01 19 01 08 09 c2 00 02 04 00 04 f1 f0 ff 00 f1 f1 ff 00 f1 f2 ff 00 f1 f3 f3 00 fa b7 7e"));
        assertThat(i.valid()).isTrue();
        assertThat(i.value("control.version[3]")).contains("1.3.3 (f1 f3 f3 00)");
    }

    @Test
    void barePacketNamesTransportHeaderMessageTypeAndControlFields() {
        // DSP0236 §8.1: destination 9, source 8, SOM|EOM, TO=0, tag 3; Get Endpoint ID response (§12.5)
        Inspection i = FrameInspector.packet(Bytes.fromHex("01 08 09 c3 00 00 02 00 09 00 00"));
        assertThat(i.valid()).isTrue();
        assertThat(i.fields()).extracting(Field::toString).containsExactly(
                "mctp.version: 1",
                "mctp.destination: 8",
                "mctp.source: 9",
                "mctp.som: true",
                "mctp.eom: true",
                "mctp.sequence: 0",
                "mctp.tagOwner: 0 (response)",
                "mctp.tag: 3",
                "message.integrityCheck: false",
                "message.type: control (0x00)",
                "control.rq: 0 (response)",
                "control.datagram: false",
                "control.instanceId: 0",
                "control.command: Get Endpoint ID (0x02)",
                "control.completionCode: SUCCESS (0x00)",
                "control.eid: 9",
                "control.endpointType: simple endpoint (0)",
                "control.eidType: dynamic (0)",
                "control.mediumSpecific: 0x00");
    }

    @Test
    void middlePacketShowsItsPayloadAndAShortOneIsInvalid() {
        Inspection middle = FrameInspector.packet(Bytes.fromHex("01 09 08 18 aa bb"));
        assertThat(middle.valid()).isTrue();
        assertThat(middle.value("mctp.sequence")).contains("1");
        assertThat(middle.value("mctp.payload")).contains("aa bb");

        Inspection shortPacket = FrameInspector.packet(Bytes.fromHex("01 09 08"));
        assertThat(shortPacket.valid()).isFalse();
        assertThat(shortPacket.error()).contains("MCTP packet of 3 bytes is shorter than its 4-byte header");
    }
}
