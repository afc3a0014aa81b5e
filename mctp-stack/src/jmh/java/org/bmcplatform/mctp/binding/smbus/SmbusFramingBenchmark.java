package org.bmcplatform.mctp.binding.smbus;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bmcplatform.mctp.Bytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * DSP0237 packets per second through the SMBus frame codec: encode (destination, command code, byte
 * count, source, packet, PEC over all of it) and decode (PEC check, address, command code, byte count,
 * source, MTU, then the packet), at the baseline packet (68 bytes) and the largest SMBus packet (254).
 * The sender is 0x1d, the receiver 0x10, as on the default board. MB/s = ops/s x packetSize / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SmbusFramingBenchmark {
    private static final int SENDER = 0x1D;
    private static final int RECEIVER = 0x10;

    @Param({"68", "254"})
    public int packetSize;

    private SmbusFraming sender;
    private SmbusFraming receiver;
    private Bytes packet;
    private Bytes frame;

    @Setup
    public void setUp() {
        byte[] p = new byte[packetSize];
        new SplittableRandom(1).nextBytes(p);
        p[0] = 0x01;
        packet = Bytes.wrap(p);
        sender = new SmbusFraming(SENDER, packetSize);
        receiver = new SmbusFraming(RECEIVER, packetSize);
        frame = sender.encode(RECEIVER, packet);
        // measure the accepting path, not an early rejection
        if (!(receiver.decode(frame) instanceof SmbusFraming.Accepted a) || !a.packet().equals(packet)) {
            throw new IllegalStateException("the benchmark frame does not decode to its packet: " + receiver.decode(frame));
        }
    }

    @Benchmark
    public Bytes encode() {
        return sender.encode(RECEIVER, packet);
    }

    @Benchmark
    public SmbusFraming.Decoded decode() {
        return receiver.decode(frame);
    }

    @Benchmark
    public SmbusFraming.Decoded encodeAndDecode() {
        return receiver.decode(sender.encode(RECEIVER, packet));
    }
}
