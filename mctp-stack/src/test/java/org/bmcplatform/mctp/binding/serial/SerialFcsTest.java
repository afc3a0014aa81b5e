package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * The FCS variants of reference mctp-stack.md §12 item 1, checked against catalogue values that do not
 * come from our encoder: CRC-16/X-25 of "123456789" is 0x906E (RFC 1662 sends it low byte first),
 * CRC-16/MCRF4XX is 0x6F91, and the V4 frame of §10.4 carries 0E B2.
 */
class SerialFcsTest {
    private static final Bytes V4_PACKET = Bytes.fromHex("01 09 08 c8 00 80 02");

    /** The FCS over raw bytes, computed by the encoder's own variant arithmetic. */
    private static int fcsOver(SerialFcs variant, byte[] data) {
        int fcs = variant.initial();
        for (byte b : data) {
            fcs = org.bmcplatform.mctp.checksum.Fcs16.update(fcs, b & 0xFF);
        }
        return variant.finish(fcs);
    }

    @Test
    void deFactoVariantIsCrc16Mcrf4xxAndRfc1662IsCrc16X25() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(fcsOver(SerialFcs.DE_FACTO, check)).isEqualTo(0x6F91);
        assertThat(fcsOver(SerialFcs.RFC1662, check)).isEqualTo(0x906E);
    }

    @Test
    void deFactoFrameSendsTheHighByteFirstAndRfc1662TheComplementLowByteFirst() {
        Bytes deFacto = SerialFraming.encode(V4_PACKET);
        Bytes rfc = SerialFraming.encode(V4_PACKET, SerialFcs.RFC1662);

        assertThat(deFacto.slice(deFacto.length() - 3, deFacto.length() - 1)).isEqualTo(Bytes.fromHex("0e b2"));
        // 0x0EB2 complemented is 0xF14D, sent low byte first
        assertThat(rfc.slice(rfc.length() - 3, rfc.length() - 1)).isEqualTo(Bytes.fromHex("4d f1"));
        assertThat(rfc.slice(0, rfc.length() - 3)).isEqualTo(deFacto.slice(0, deFacto.length() - 3));
    }
}
