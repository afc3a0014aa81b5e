package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DSP0253 frames from the independent vector file, both directions. */
class SerialFramingVectorTest {
    private static final String FILE = "dsp0253/serial-dsp0253.json";

    static Stream<JsonNode> validCases() {
        return VectorFiles.cases(FILE, true).stream();
    }

    /** The unescaped packet: given by the vector, or read from a frame without escapes. */
    private static Bytes packetOf(JsonNode c) {
        if (c.has("packet")) {
            return VectorFiles.hex(c, "packet");
        }
        Bytes frame = VectorFiles.hex(c, "frame");
        return frame.slice(3, frame.length() - 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void packetEncodesToTheVectorFrame(JsonNode c) {
        assertThat(SerialFraming.encode(packetOf(c))).isEqualTo(VectorFiles.hex(c, "frame"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void vectorFrameIsReceivedAsItsPacket(JsonNode c) {
        List<Bytes> got = new ArrayList<>();
        DropCounters drops = new DropCounters();
        new SerialReceiver(255, got::add, drops).accept(VectorFiles.hex(c, "frame"));

        assertThat(got).containsExactly(packetOf(c));
        assertThat(drops.total()).isZero();
    }

    @Test
    void invalidVectorsAreCountedAndTheNextGoodFrameStillDecodes() {
        List<Bytes> got = new ArrayList<>();
        DropCounters drops = new DropCounters();
        SerialReceiver rx = new SerialReceiver(68, got::add, drops);
        List<JsonNode> bad = VectorFiles.cases(FILE, false);
        List<Bytes> expected = new ArrayList<>();
        for (JsonNode b : bad) {
            rx.accept(VectorFiles.hex(b, "frame"));
            for (JsonNode c : VectorFiles.cases(FILE, true)) {
                rx.accept(VectorFiles.hex(c, "frame"));
                expected.add(packetOf(c));
            }
        }

        assertThat(drops.get(DropReason.BAD_FCS)).isEqualTo(bad.size());
        assertThat(drops.total()).isEqualTo(bad.size());
        assertThat(got).containsExactlyElementsOf(expected);
    }
}
