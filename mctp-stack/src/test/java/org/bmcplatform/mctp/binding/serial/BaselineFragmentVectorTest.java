package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.smbus.SmbusFraming;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The four baseline-MTU fragments of reference §10.5 (V7) on both bindings: checksums, escapes, lengths. */
class BaselineFragmentVectorTest {

    static Stream<JsonNode> fragments() {
        return VectorFiles.cases("dsp0253/baseline-fragments-v7.json").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void serialFrameCarriesTheExpectedFcsAndLengthAndDecodesBack(JsonNode c) {
        Bytes packet = VectorFiles.hex(c, "packet");
        Bytes frame = SerialFraming.encode(packet);

        assertThat(frame.length()).isEqualTo(c.get("serialFrameLength").asInt());
        assertThat(frame.slice(frame.length() - 3, frame.length() - 1)).isEqualTo(VectorFiles.hex(c, "serialFcs"));
        if (c.has("serialFrame")) {
            assertThat(frame).isEqualTo(VectorFiles.hex(c, "serialFrame"));
        }
        List<Bytes> got = new ArrayList<>();
        new SerialReceiver(68, got::add, new DropCounters()).accept(frame);
        assertThat(got).containsExactly(packet);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    void smbusFrameCarriesTheExpectedPec(JsonNode c) {
        Bytes frame = SmbusFraming.encode(VectorFiles.number(c, "to"), VectorFiles.number(c, "from"), VectorFiles.hex(c, "packet"));

        assertThat(frame.slice(frame.length() - 1)).isEqualTo(VectorFiles.hex(c, "smbusPec"));
        if (c.has("smbusFrame")) {
            assertThat(frame).isEqualTo(VectorFiles.hex(c, "smbusFrame"));
        }
    }
}
