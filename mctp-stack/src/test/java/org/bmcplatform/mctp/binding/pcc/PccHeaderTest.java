package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The DSP0292 header against the independent vector file, and each way a region is rejected. */
class PccHeaderTest {
    private static final String FILE = "dsp0292/pcc-dsp0292.json";
    /** The V1 Get Endpoint ID request packet (reference/mctp-stack.md §10.2). */
    private static final Bytes GET_EID = Bytes.fromHex("01 00 08 c8 00 80 02");

    static Stream<JsonNode> cases() {
        return VectorFiles.cases(FILE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void packetEncodesToTheVectorFrame(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");

        Bytes encoded = PccHeader.forSubspace(VectorFiles.number(c, "subspace")).encode(frame.slice(PccHeader.LENGTH));

        assertThat(encoded).isEqualTo(frame);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorFrameDecodesToItsPacketAndHeader(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");
        int subspace = VectorFiles.number(c, "subspace");

        PccHeader.Decoded d = PccHeader.decode(frame, subspace, 4080);

        assertThat(d).isInstanceOf(PccHeader.Accepted.class);
        PccHeader.Accepted a = (PccHeader.Accepted) d;
        assertThat(a.packet()).isEqualTo(frame.slice(PccHeader.LENGTH));
        assertThat(a.header().subspaceId()).isEqualTo(subspace);
        assertThat(a.header().notifyOnCompletion()).isTrue();
    }

    @Test
    void vectorPacketIsTheGetEndpointIdRequest() {
        Bytes frame = VectorFiles.hex(VectorFiles.cases(FILE).get(0), "frame");
        assertThat(frame.slice(PccHeader.LENGTH)).isEqualTo(GET_EID);
    }

    @Test
    void regionLongerThanThePacketDecodesOnlyTheAnnouncedBytes() {
        // subspace 2, length 11 (4 + 7), then stale bytes from an earlier, longer packet
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02 ee ee ee ee");

        PccHeader.Decoded d = PccHeader.decode(region, 2, 4080);

        assertThat(((PccHeader.Accepted) d).packet()).isEqualTo(GET_EID);
    }

    @Test
    void signatureOfAnotherSubspaceIsRejected() {
        Bytes region = Bytes.fromHex("03 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_SIGNATURE, "offset 0");
    }

    @Test
    void signatureWithoutPccMagicIsRejected() {
        Bytes region = Bytes.fromHex("02 43 43 51 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_SIGNATURE, "0x51434302");
    }

    @Test
    void commandOtherThanMctpIsRejected() {
        // "PCTM": the bytes reversed, as a big-endian writer would store them
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 0b 00 00 00 50 54 43 4d 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_COMMAND_CODE, "offset 12");
    }

    @Test
    void lengthBeyondTheSharedMemoryIsRejectedWithoutReadingPastIt() {
        // length 0x20 announces a 28-byte packet; the region holds 7
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 20 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_LENGTH, "beyond the 23-byte shared memory");
    }

    @Test
    void hugeLengthIsRejectedAsBeyondTheSharedMemory() {
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 ff ff ff ff 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_LENGTH, "4294967295");
    }

    @Test
    void lengthAboveTheMtuIsRejectedAsOversize() {
        Bytes packet = Bytes.wrap(new byte[69]);
        Bytes region = PccHeader.forSubspace(2).encode(packet);

        assertRejected(PccHeader.decode(region, 2, 68), DropReason.OVERSIZE, "above the MTU 68");
    }

    @Test
    void lengthTooSmallForTheMctpHeaderIsRejected() {
        // length 7 = command + 3 bytes: less than the 4-byte MCTP header
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 07 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_LENGTH, "length 7 at offset 8");
    }

    @Test
    void lengthSmallerThanTheCommandIsRejected() {
        Bytes region = Bytes.fromHex("02 43 43 50 01 00 00 00 02 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertRejected(PccHeader.decode(region, 2, 4080), DropReason.BAD_LENGTH, "length 2");
    }

    @Test
    void regionShorterThanTheHeaderIsRejected() {
        assertRejected(PccHeader.decode(Bytes.fromHex("02 43 43 50 01 00"), 2, 4080), DropReason.BAD_LENGTH, "16-byte");
    }

    @Test
    void flagsOtherThanNotifyAreKeptAsRead() {
        Bytes region = Bytes.fromHex("02 43 43 50 00 00 01 80 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        PccHeader.Accepted a = (PccHeader.Accepted) PccHeader.decode(region, 2, 4080);

        assertThat(a.header().flags()).isEqualTo(0x8001_0000);
        assertThat(a.header().notifyOnCompletion()).isFalse();
        assertThat(a.header().encode(a.packet())).isEqualTo(region);
    }

    @Test
    void encodeRefusesAPacketShorterThanItsHeaderAndABadSubspaceId() {
        assertThatThrownBy(() -> PccHeader.forSubspace(2).encode(Bytes.fromHex("01 00 08"))).hasMessageContaining("4-byte");
        assertThatThrownBy(() -> PccHeader.forSubspace(256)).hasMessageContaining("0..255");
    }

    private static void assertRejected(PccHeader.Decoded d, DropReason reason, String detail) {
        assertThat(d).isInstanceOf(PccHeader.Rejected.class);
        PccHeader.Rejected r = (PccHeader.Rejected) d;
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.detail()).contains(detail);
    }
}
