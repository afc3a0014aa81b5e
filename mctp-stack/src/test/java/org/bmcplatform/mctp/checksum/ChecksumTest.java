package org.bmcplatform.mctp.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    private static final Bytes CHECK_INPUT = Bytes.of("123456789".getBytes(StandardCharsets.US_ASCII));

    @Test
    void crc8SmbusMatchesTheCatalogueCheckValue() {
        assertThat(Crc8Smbus.compute(CHECK_INPUT)).isEqualTo(0xF4);
    }

    @Test
    void fcs16MatchesTheMcrf4xxCheckValueNotX25() {
        // reference mctp-stack.md §3.2: no final complement (X-25 would give 0x906E)
        assertThat(Fcs16.compute(CHECK_INPUT)).isEqualTo(0x6F91);
    }

    @Test
    void crc8OfTheEmptyInputIsTheInitialValue() {
        assertThat(Crc8Smbus.compute(Bytes.EMPTY)).isZero();
        assertThat(Fcs16.compute(Bytes.EMPTY)).isEqualTo(0xFFFF);
    }

    @Test
    void pecOfAFrameWithItsPecAppendedIsZero() {
        // DSP0237 V1 frame from reference §10.3
        Bytes frame = Bytes.fromHex("3a 0f 08 21 01 00 08 c8 00 80 02 56");
        assertThat(Crc8Smbus.compute(frame)).isZero();
        assertThat(Crc8Smbus.compute(frame, 0, frame.length() - 1)).isEqualTo(0x56);
    }

    @Test
    void fcsIsComputedIncrementallyTheSameAsAtOnce() {
        int fcs = Fcs16.INITIAL;
        for (int i = 0; i < CHECK_INPUT.length(); i++) {
            fcs = Fcs16.update(fcs, CHECK_INPUT.get(i));
        }
        assertThat(fcs).isEqualTo(Fcs16.compute(CHECK_INPUT, 0, CHECK_INPUT.length()));
    }
}
