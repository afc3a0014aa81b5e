package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Test;

/** Buffer framing: sizes per version, rejected lengths, header versions and CRCs. */
class AstLpcFramingTest {
    private static final Bytes PACKET = Bytes.fromHex("01 09 08 c8 00 80 02");

    private static DropReason reasonOf(AstLpcFraming.Decoded d) {
        assertThat(d).isInstanceOf(AstLpcFraming.Rejected.class);
        return ((AstLpcFraming.Rejected) d).reason();
    }

    @Test
    void versionsOneAndTwoCarryNoCrc() {
        assertThat(Bytes.wrap(AstLpcFraming.encode(1, PACKET))).isEqualTo(Bytes.fromHex("00 00 00 07").concat(PACKET));
        assertThat(Bytes.wrap(AstLpcFraming.encode(2, PACKET))).isEqualTo(Bytes.fromHex("00 00 00 07").concat(PACKET));
        assertThat(AstLpcFraming.bufferSize(2, 68)).isEqualTo(72);
        assertThat(AstLpcFraming.bufferSize(3, 68)).isEqualTo(76);
    }

    @Test
    void aFlippedCrcBitIsABadCrc() {
        byte[] b = AstLpcFraming.encode(3, PACKET);
        b[b.length - 1] ^= 0x01;
        assertThat(reasonOf(AstLpcFraming.decode(3, b, 68))).isEqualTo(DropReason.BAD_CRC);
    }

    @Test
    void aFlippedPacketBitIsABadCrc() {
        byte[] b = AstLpcFraming.encode(3, PACKET);
        b[6] ^= 0x40;
        assertThat(reasonOf(AstLpcFraming.decode(3, b, 68))).isEqualTo(DropReason.BAD_CRC);
    }

    @Test
    void headerVersionOtherThanOneIsDropped() {
        byte[] b = AstLpcFraming.encode(1, Bytes.fromHex("02 09 08 c8 00"));
        assertThat(reasonOf(AstLpcFraming.decode(1, b, 68))).isEqualTo(DropReason.BAD_HEADER_VERSION);
    }

    @Test
    void lengthsOutsideHeaderBufferAndMtuAreRejected() {
        assertThat(AstLpcFraming.checkLength(3, 100, 68).reason()).isEqualTo(DropReason.BAD_LENGTH);
        assertThat(AstLpcFraming.checkLength(101, 100, 200).reason()).isEqualTo(DropReason.BAD_LENGTH);
        assertThat(AstLpcFraming.checkLength(69, 100, 68).reason()).isEqualTo(DropReason.OVERSIZE);
        assertThat(AstLpcFraming.checkLength(68, 100, 68)).isNull();
        assertThat(reasonOf(AstLpcFraming.decode(3, new byte[3], 68))).isEqualTo(DropReason.BAD_LENGTH);
    }
}
