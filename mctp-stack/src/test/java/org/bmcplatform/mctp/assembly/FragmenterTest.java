package org.bmcplatform.mctp.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.packet.PacketHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FragmenterTest {
    private static final EndpointId DST = EndpointId.of(9);
    private static final EndpointId SRC = EndpointId.of(8);

    static Bytes message(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + 1);
        }
        return Bytes.wrap(b);
    }

    // reference mctp-stack.md §10.5 (V7): 200 bytes at MTU 68 -> 64+64+64+8
    @Test
    void twoHundredByteMessageAtBaselineMtuMatchesVectorV7() {
        JsonNode v = VectorFiles.load("dsp0236/fragment-v7.json");
        List<MctpPacket> packets = Fragmenter.fragment(EndpointId.of(v.get("dst").asInt()), EndpointId.of(v.get("src").asInt()),
                v.get("to").asBoolean(), v.get("tag").asInt(), Bytes.fromHex(v.get("message").asText()), v.get("mtu").asInt(), 0);
        JsonNode expected = v.get("packets");
        assertThat(packets).hasSize(expected.size());
        for (int i = 0; i < packets.size(); i++) {
            Bytes wire = PacketCodec.encode(packets.get(i));
            JsonNode e = expected.get(i);
            assertThat(wire.length()).as("packet %d length", i).isEqualTo(e.get("length").asInt());
            assertThat(wire.slice(0, 4)).as("packet %d header", i).isEqualTo(Bytes.fromHex(e.get("header").asText()));
            assertThat(wire.slice(4, 5)).isEqualTo(Bytes.fromHex(e.get("first").asText()));
            assertThat(wire.slice(wire.length() - 1)).isEqualTo(Bytes.fromHex(e.get("last").asText()));
        }
    }

    // Boundary table: payload per packet is MTU - 4
    @ParameterizedTest(name = "{0} bytes at MTU {1} -> {2} packets, last payload {3}")
    @CsvSource({
        "63, 68, 1, 63",     // MTU-1 payload
        "64, 68, 1, 64",     // exactly one baseline payload
        "65, 68, 2, 1",      // MTU+1 payload
        "128, 68, 2, 64",
        "1, 68, 1, 1",
        "249, 254, 1, 249",
        "250, 254, 1, 250",
        "251, 254, 2, 1",
        "65536, 68, 1024, 64",
        "65536, 254, 263, 36"
    })
    void messageIsSplitAtMtuMinusHeader(int length, int mtu, int count, int lastPayload) {
        List<MctpPacket> packets = Fragmenter.fragment(DST, SRC, true, 5, message(length), mtu, 0);
        assertThat(packets).hasSize(count);
        assertThat(Fragmenter.packetCount(length, mtu)).isEqualTo(count);
        assertThat(packets.get(count - 1).payload().length()).isEqualTo(lastPayload);
        assertThat(packets.subList(0, count - 1)).allSatisfy(p -> assertThat(p.length()).isEqualTo(mtu));
        assertThat(packets).allSatisfy(p -> {
            assertThat(p.header().tag()).isEqualTo(5);
            assertThat(p.header().tagOwner()).isTrue();
        });
        assertThat(packets).filteredOn(p -> p.header().som()).containsExactly(packets.get(0));
        assertThat(packets).filteredOn(p -> p.header().eom()).containsExactly(packets.get(count - 1));
    }

    @Test
    void sequenceContinuesModuloFourFromTheFirstSequence() {
        List<MctpPacket> packets = Fragmenter.fragment(DST, SRC, false, 0, message(6 * 64), 68, 3);
        assertThat(packets).extracting(p -> p.header().sequence()).containsExactly(3, 0, 1, 2, 3, 0);
    }

    @Test
    void packetMtuBelowBaselineIsRejected() {
        assertThatThrownBy(() -> Fragmenter.fragment(DST, SRC, true, 0, message(10), 67, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("67");
    }

    @Test
    void emptyMessageIsRejected() {
        assertThatThrownBy(() -> Fragmenter.fragment(DST, SRC, true, 0, Bytes.EMPTY, 68, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fragmentsCarryTheMessageInOrder() {
        Bytes m = message(1000);
        Bytes joined = Bytes.EMPTY;
        for (MctpPacket p : Fragmenter.fragment(DST, SRC, true, 1, m, 100, 0)) {
            assertThat(p.header().version()).isEqualTo(PacketHeader.VERSION_1);
            joined = joined.concat(p.payload());
        }
        assertThat(joined).isEqualTo(m);
    }
}
