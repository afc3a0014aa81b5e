package org.bmcplatform.mctp.packet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PacketCodecTest {

    static Stream<Arguments> packets() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : VectorFiles.load("dsp0236/mctp-control.json").get("cases")) {
            out.add(Arguments.of(Named.of(c.get("id").asText(), c), Bytes.fromHex(c.get("packet").asText())));
            if (c.has("response")) {
                out.add(Arguments.of(Named.of(c.get("id").asText() + "/response", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()),
                        Bytes.fromHex(c.get("response").asText())));
            }
        }
        return out.stream();
    }

    private static MctpPacket decoded(Bytes bytes) {
        PacketDecoding d = PacketCodec.decode(bytes);
        assertThat(d).isInstanceOf(PacketDecoding.Decoded.class);
        return ((PacketDecoding.Decoded) d).packet();
    }

    // DSP0236 §8.1: header fields as the vector names them
    @ParameterizedTest
    @MethodSource("packets")
    void vectorPacketDecodesToItsFields(JsonNode vector, Bytes bytes) {
        PacketHeader h = decoded(bytes).header();
        assertThat(h.version()).isEqualTo(1);
        JsonNode f = vector.path("fields");
        if (f.has("dst")) {
            assertThat(h.destination().value()).isEqualTo(f.get("dst").asInt());
        }
        if (f.has("src")) {
            assertThat(h.source().value()).isEqualTo(f.get("src").asInt());
        }
        if (f.has("som")) {
            assertThat(h.som()).isEqualTo(f.get("som").asBoolean());
        }
        if (f.has("eom")) {
            assertThat(h.eom()).isEqualTo(f.get("eom").asBoolean());
        }
        if (f.has("seq")) {
            assertThat(h.sequence()).isEqualTo(f.get("seq").asInt());
        }
        if (f.has("to")) {
            assertThat(h.tagOwner()).isEqualTo(f.get("to").asBoolean());
        }
        if (f.has("tag")) {
            assertThat(h.tag()).isEqualTo(f.get("tag").asInt());
        }
        if (f.has("type")) {
            assertThat(decoded(bytes).payload().get(0) & 0x7F).isEqualTo(f.get("type").asInt());
        }
        assertThat(decoded(bytes).payload()).isEqualTo(bytes.slice(4));
    }

    @ParameterizedTest
    @MethodSource("packets")
    void vectorFieldsEncodeToTheVectorBytes(JsonNode vector, Bytes bytes) {
        JsonNode f = vector.path("fields");
        PacketHeader reference = decoded(bytes).header();
        // Fields the vector names come from the vector; the rest (not named there) from the bytes.
        PacketHeader h = PacketHeader.of(
                EndpointId.of(f.path("dst").asInt(reference.destination().value())),
                EndpointId.of(f.path("src").asInt(reference.source().value())),
                f.path("som").asBoolean(reference.som()), f.path("eom").asBoolean(reference.eom()),
                f.path("seq").asInt(reference.sequence()), f.path("to").asBoolean(reference.tagOwner()),
                f.path("tag").asInt(reference.tag()));
        assertThat(PacketCodec.encode(new MctpPacket(h, bytes.slice(4)))).isEqualTo(bytes);
    }

    @Test
    void flagByteMatchesTheQuickTable() {
        // reference mctp-stack.md §2.1: SOM|EOM|TO|tag0 = 0xC8, response tag0 = 0xC0, 4-packet tag 3 = 8B 1B 2B 7B
        EndpointId a = EndpointId.of(9);
        EndpointId b = EndpointId.of(8);
        assertThat(PacketHeader.of(a, b, true, true, 0, true, 0).flagsByte()).isEqualTo(0xC8);
        assertThat(PacketHeader.of(a, b, true, true, 0, false, 0).flagsByte()).isEqualTo(0xC0);
        assertThat(PacketHeader.of(a, b, true, false, 0, true, 3).flagsByte()).isEqualTo(0x8B);
        assertThat(PacketHeader.of(a, b, false, false, 1, true, 3).flagsByte()).isEqualTo(0x1B);
        assertThat(PacketHeader.of(a, b, false, false, 2, true, 3).flagsByte()).isEqualTo(0x2B);
        assertThat(PacketHeader.of(a, b, false, true, 3, true, 3).flagsByte()).isEqualTo(0x7B);
    }

    @Test
    void packetShorterThanTheHeaderIsRejectedAsTooShort() {
        assertThat(PacketCodec.decode(Bytes.fromHex("01 00 08"))).isInstanceOfSatisfying(PacketDecoding.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(DropReason.PACKET_TOO_SHORT));
    }

    @Test
    void somPacketWithoutMessageTypeByteIsRejectedAsTooShort() {
        assertThat(PacketCodec.decode(Bytes.fromHex("01 00 08 c8"))).isInstanceOfSatisfying(PacketDecoding.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(DropReason.PACKET_TOO_SHORT));
    }

    @Test
    void headerOnlyMiddlePacketIsAccepted() {
        assertThat(decoded(Bytes.fromHex("01 00 08 18")).payload().isEmpty()).isTrue();
    }

    @Test
    void headerVersionOtherThanOneIsRejected() {
        assertThat(PacketCodec.decode(Bytes.fromHex("02 00 08 c8 00 80 02"))).isInstanceOfSatisfying(PacketDecoding.Rejected.class,
                r -> {
                    assertThat(r.reason()).isEqualTo(DropReason.BAD_HEADER_VERSION);
                    assertThat(r.detail()).contains("offset 0");
                });
    }

    @Test
    void nextGoodPacketStillDecodesAfterARejectedOne() {
        assertThat(PacketCodec.decode(Bytes.fromHex("00 00 08 c8 00"))).isInstanceOf(PacketDecoding.Rejected.class);
        assertThat(decoded(Bytes.fromHex("01 00 08 c8 00 80 02")).header().tag()).isZero();
    }
}
