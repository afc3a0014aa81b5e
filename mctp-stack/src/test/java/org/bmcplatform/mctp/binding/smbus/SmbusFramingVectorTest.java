package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** DSP0237 frames from the independent vector file, both directions. */
class SmbusFramingVectorTest {
    private static final String FILE = "dsp0237/smbus-dsp0237.json";

    static Stream<JsonNode> validCases() {
        return VectorFiles.cases(FILE, true).stream();
    }

    static Stream<JsonNode> invalidCases() {
        return VectorFiles.cases(FILE, false).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validFrameDecodesToItsPacketAndSource(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");
        SmbusFraming framing = new SmbusFraming(VectorFiles.number(c, "to"), 254);

        SmbusFraming.Decoded d = framing.decode(frame);

        assertThat(d).isInstanceOf(SmbusFraming.Accepted.class);
        SmbusFraming.Accepted a = (SmbusFraming.Accepted) d;
        assertThat(a.sourceAddress()).isEqualTo(VectorFiles.number(c, "from"));
        assertThat(a.packet()).isEqualTo(frame.slice(4, frame.length() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void packetEncodesToTheVectorFrame(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");
        Bytes packet = frame.slice(4, frame.length() - 1);

        Bytes encoded = new SmbusFraming(VectorFiles.number(c, "from"), 254).encode(VectorFiles.number(c, "to"), packet);

        assertThat(encoded).isEqualTo(frame);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidFrameIsRejectedAsBadPec(JsonNode c) {
        SmbusFraming framing = new SmbusFraming(VectorFiles.number(c, "to"), 254);

        assertThat(framing.decode(VectorFiles.hex(c, "frame")))
                .isInstanceOfSatisfying(SmbusFraming.Rejected.class, r -> assertThat(r.reason()).isEqualTo(DropReason.BAD_PEC));
    }

    @Test
    void bindingCountsInvalidVectorsAndStillDecodesTheNextGoodFrame() {
        VirtualScheduler scheduler = new VirtualScheduler();
        InMemorySmbusSegment segment = new InMemorySmbusSegment(scheduler);
        SmbusBinding endpoint = new SmbusBinding(segment.attach(0x1D), 254);
        List<Bytes> received = new ArrayList<>();
        List<LinkAddress> sources = new ArrayList<>();
        endpoint.start((p, src) -> {
            received.add(p);
            sources.add(src);
        });
        List<JsonNode> bad = VectorFiles.cases(FILE, false);
        List<Bytes> expected = new ArrayList<>();
        for (JsonNode c : bad) {
            segment.inject(0x1D, VectorFiles.hex(c, "frame"));
        }
        for (JsonNode c : VectorFiles.cases(FILE, true)) {
            if (VectorFiles.number(c, "to") == 0x1D) {
                Bytes frame = VectorFiles.hex(c, "frame");
                segment.inject(0x1D, frame);
                expected.add(frame.slice(4, frame.length() - 1));
            }
        }
        scheduler.runDue();

        assertThat(endpoint.drops().get(DropReason.BAD_PEC)).isEqualTo(bad.size());
        assertThat(received).containsExactlyElementsOf(expected);
        assertThat(sources).allMatch(a -> a.equals(LinkAddress.smbus(0x10)));
    }
}
