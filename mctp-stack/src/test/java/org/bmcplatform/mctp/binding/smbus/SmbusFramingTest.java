package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.checksum.Crc8Smbus;
import org.junit.jupiter.api.Test;

class SmbusFramingTest {
    private final SmbusFraming endpoint = new SmbusFraming(0x1D, 68);
    // reference §10.3 V4: bus owner 0x10 -> endpoint 0x1D
    private final Bytes good = Bytes.fromHex("3a 0f 08 21 01 09 08 c8 00 80 02 30");

    private static Bytes withPec(Bytes withoutPec) {
        return withoutPec.concat(Bytes.ofUnsigned(Crc8Smbus.compute(withoutPec)));
    }

    private SmbusFraming.Rejected reject(Bytes frame) {
        SmbusFraming.Decoded d = endpoint.decode(frame);
        assertThat(d).isInstanceOf(SmbusFraming.Rejected.class);
        return (SmbusFraming.Rejected) d;
    }

    @Test
    void frameShorterThanHeaderPacketAndPecIsBadLength() {
        assertThat(endpoint.decode(withPec(Bytes.fromHex("3a 0f 04 21 01 09 08"))))
                .isEqualTo(new SmbusFraming.Rejected(DropReason.BAD_LENGTH, "frame of 8 bytes is shorter than 9"));
    }

    @Test
    void byteCountDisagreeingWithTheFrameIsBadLength() {
        assertThat(reject(withPec(Bytes.fromHex("3a 0f 09 21 01 09 08 c8 00 80 02"))).reason()).isEqualTo(DropReason.BAD_LENGTH);
    }

    @Test
    void wrongCommandCodeIsRejected() {
        assertThat(reject(withPec(Bytes.fromHex("3a 0e 08 21 01 09 08 c8 00 80 02"))).reason())
                .isEqualTo(DropReason.BAD_COMMAND_CODE);
    }

    @Test
    void frameForAnotherAddressIsNotForUs() {
        assertThat(reject(withPec(Bytes.fromHex("3c 0f 08 21 01 09 08 c8 00 80 02"))).reason())
                .isEqualTo(DropReason.NOT_ADDRESSED_TO_US);
    }

    @Test
    void sourceByteWithoutBitZeroOrFromOurOwnAddressIsRejected() {
        assertThat(reject(withPec(Bytes.fromHex("3a 0f 08 20 01 09 08 c8 00 80 02"))).reason())
                .isEqualTo(DropReason.BAD_SOURCE_ADDRESS);
        assertThat(reject(withPec(Bytes.fromHex("3a 0f 08 3b 01 09 08 c8 00 80 02"))).reason())
                .isEqualTo(DropReason.BAD_SOURCE_ADDRESS);
    }

    @Test
    void packetAboveTheMtuIsOversize() {
        Bytes packet = Bytes.wrap(new byte[69]);
        Bytes frame = SmbusFraming.encode(0x1D, 0x10, packet);
        assertThat(reject(frame).reason()).isEqualTo(DropReason.OVERSIZE);
        assertThat(new SmbusFraming(0x1D, 69).decode(frame)).isInstanceOf(SmbusFraming.Accepted.class);
    }

    @Test
    void pecErrorNamesOffsetAndBothValues() {
        Bytes bad = good.slice(0, good.length() - 1).concat(Bytes.ofUnsigned(0x31));
        assertThat(endpoint.decode(bad)).isEqualTo(new SmbusFraming.Rejected(DropReason.BAD_PEC,
                "PEC 0x31 at offset 11, computed 0x30"));
    }

    @Test
    void baselinePacketHasByteCount69() {
        Bytes frame = SmbusFraming.encode(0x1D, 0x10, Bytes.wrap(new byte[68]));
        assertThat(frame.get(2)).isEqualTo(0x45);
        assertThat(frame.length()).isEqualTo(73);
    }

    @Test
    void encodingRefusesPacketsAboveTheMtuAndBadAddresses() {
        assertThatThrownBy(() -> endpoint.encode(0x10, Bytes.wrap(new byte[69]))).hasMessageContaining("MTU");
        assertThatThrownBy(() -> SmbusFraming.encode(0x80, 0x10, good)).hasMessageContaining("7-bit");
        assertThatThrownBy(() -> new SmbusFraming(0x10, 255)).hasMessageContaining("4..254");
    }
}
