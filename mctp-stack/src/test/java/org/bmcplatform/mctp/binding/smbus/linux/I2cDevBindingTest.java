package org.bmcplatform.mctp.binding.smbus.linux;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SmbusBinding} over {@link I2cDevPort} on an in-memory i2c-dev node and target queue, checked
 * against the independent DSP0237 vectors: what goes on the wire and what comes up from the queue.
 */
class I2cDevBindingTest {
    private static final String FILE = "dsp0237/smbus-dsp0237.json";

    private final InMemoryI2c system = new InMemoryI2c();
    private final List<Bytes> packets = new CopyOnWriteArrayList<>();
    private final List<LinkAddress> sources = new CopyOnWriteArrayList<>();
    private SmbusBinding binding;

    static Stream<JsonNode> validCases() {
        return VectorFiles.cases(FILE, true).stream();
    }

    @AfterEach
    void close() {
        if (binding != null) {
            binding.close();
        }
        system.awaitAllClosed();
    }

    private void start(int ourAddress) {
        String spec = String.format("i2c:/dev/i2c-3?address=0x%02x", ourAddress);
        binding = new SmbusBinding(I2cDevPort.open(I2cDevSettings.parse(BindingSpec.parse(spec)), system, Runnable::run, null), 254);
        binding.start((p, src) -> {
            packets.add(p);
            sources.add(src);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void transmittedPacketIsTheVectorFrameWrittenToItsDestination(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");
        start(VectorFiles.number(c, "from"));

        binding.transmit(frame.slice(4, frame.length() - 1), LinkAddress.smbus(VectorFiles.number(c, "to")));

        assertThat(system.writes()).containsExactly(new InMemoryI2c.Write(VectorFiles.number(c, "to"), false, frame.slice(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void vectorFrameFromTheQueueComesUpAsItsPacketFromItsSender(JsonNode c) {
        Bytes frame = VectorFiles.hex(c, "frame");
        start(VectorFiles.number(c, "to"));

        system.receive(frame);
        system.receive(frame.slice(1));
        system.awaitQuiet();

        Bytes packet = frame.slice(4, frame.length() - 1);
        assertThat(packets).containsExactly(packet, packet);
        assertThat(sources).containsOnly(LinkAddress.smbus(VectorFiles.number(c, "from")));
    }

    @Test
    void frameWithABadPecIsDroppedAndTheNextGoodFrameStillComesUp() {
        JsonNode bad = VectorFiles.cases(FILE, false).get(0);
        JsonNode good = VectorFiles.cases(FILE, true).stream()
                .filter(c -> c.get("to").asText().equals(bad.get("to").asText())).findFirst().orElseThrow();
        start(VectorFiles.number(bad, "to"));

        system.receive(VectorFiles.hex(bad, "frame"));
        system.receive(Bytes.fromHex("0f"));
        system.receive(VectorFiles.hex(good, "frame"));
        system.awaitQuiet();

        Bytes goodFrame = VectorFiles.hex(good, "frame");
        assertThat(packets).containsExactly(goodFrame.slice(4, goodFrame.length() - 1));
        assertThat(binding.drops().get(DropReason.BAD_PEC)).isEqualTo(1);
        assertThat(binding.drops().get(DropReason.BAD_LENGTH)).isEqualTo(1);
    }
}
