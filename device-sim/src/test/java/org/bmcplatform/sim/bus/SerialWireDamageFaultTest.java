package org.bmcplatform.sim.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.serial.SerialFraming;
import org.bmcplatform.mctp.binding.serial.SerialReceiver;
import org.junit.jupiter.api.Test;

/** A damaged serial frame keeps its flags, escapes and byte count (DSP0253 §6), so only its FCS fails. */
class SerialWireDamageFaultTest {

    private static Map<DropReason, Long> receive(Bytes wire, List<Bytes> packets) {
        DropCounters drops = new DropCounters();
        new SerialReceiver(SerialFraming.MAX_PACKET, packets::add, drops).accept(wire);
        return drops.snapshot();
    }

    @Test
    void damagedFrameFailsOnlyItsFcs() {
        // 8 bytes: header 01 09 08 c8, body 00 81 02 00; damaged byte 4 + 4 / 2 = 6: 0x02 -> 0x03
        Bytes packet = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x00, 0x81, 0x02, 0x00);
        Bytes frame = SerialFraming.encode(packet);
        WireDamage damage = new WireDamage();
        damage.mark(packet);

        Bytes wire = SerialLink.onTheWire(frame, damage);

        assertThat(wire.get(3 + 6)).isEqualTo(0x03);
        assertThat(wire.length()).isEqualTo(frame.length());
        List<Bytes> packets = new ArrayList<>();
        assertThat(receive(wire, packets)).containsExactlyEntriesOf(Map.of(DropReason.BAD_FCS, 1L));
        assertThat(packets).isEmpty();
        assertThat(damage.damaged()).isEqualTo(1);
        assertThat(SerialLink.onTheWire(frame, damage)).as("one mark damages one frame").isEqualTo(frame);
    }

    @Test
    void escapedAndNearFlagBytesKeepTheFrameBoundaries() {
        // byte 6 (the damaged one) is 0x7E, sent escaped as 7D 5E; its second byte becomes 5F, i.e. 0x7F.
        // Bytes 0x7C and 0x7F would turn into the escape or the flag: never the ones flipped.
        Bytes packet = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x7C, 0x7F, 0x7E, 0x7D);
        Bytes frame = SerialFraming.encode(packet);
        WireDamage damage = new WireDamage();
        damage.mark(packet);

        Bytes wire = SerialLink.onTheWire(frame, damage);

        // 7E 01 08 | 01 09 08 C8 7C 7F 7D 5E 7D 5D | FCS FCS 7E: byte 6 is at offset 3 + 6 + 1 (its escape first)
        assertThat(wire.get(10)).isEqualTo(0x5F);
        List<Bytes> packets = new ArrayList<>();
        assertThat(receive(wire, packets)).containsExactlyEntriesOf(Map.of(DropReason.BAD_FCS, 1L));
    }

    @Test
    void unmarkedFrameGoesOutAsSent() {
        Bytes packet = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x00, 0x81, 0x02, 0x00);
        Bytes frame = SerialFraming.encode(packet);
        WireDamage damage = new WireDamage();
        damage.mark(Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x00, 0x81, 0x02, 0x01));

        assertThat(SerialLink.onTheWire(frame, damage)).isEqualTo(frame);
        List<Bytes> packets = new ArrayList<>();
        assertThat(receive(frame, packets)).isEmpty();
        assertThat(packets).containsExactly(packet);
    }
}
