package org.bmcplatform.mctp.binding.serial;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * DSP0253 packets per second through the frame encoder and the per-byte receiver, at the baseline
 * packet (68 bytes) and the largest serial packet (255). {@code escapes=none} has no 0x7E/0x7D in the
 * packet; {@code escapes=all} makes every payload byte one, doubling the frame (the worst case).
 * MB/s = ops/s x packetSize / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SerialFramingBenchmark {
    @Param({"68", "255"})
    public int packetSize;

    @Param({"none", "all"})
    public String escapes;

    private Bytes packet;
    private Bytes frame;
    private SerialReceiver receiver;
    private Blackhole sink;

    @Setup
    public void setUp(Blackhole bh) {
        SplittableRandom random = new SplittableRandom(1);
        byte[] p = new byte[packetSize];
        p[0] = 0x01;
        p[1] = 0x09;
        p[2] = 0x08;
        p[3] = (byte) 0xC8;
        for (int i = 4; i < p.length; i++) {
            if (escapes.equals("all")) {
                p[i] = (byte) (random.nextBoolean() ? 0x7E : 0x7D);
            } else {
                int b;
                do {
                    b = random.nextInt(256);
                } while (b == 0x7E || b == 0x7D);
                p[i] = (byte) b;
            }
        }
        packet = Bytes.wrap(p);
        frame = SerialFraming.encode(packet);
        sink = bh;
        receiver = new SerialReceiver(255, decoded -> sink.consume(decoded), new DropCounters());
    }

    @Benchmark
    public Bytes encode() {
        return SerialFraming.encode(packet);
    }

    @Benchmark
    public void decode() {
        receiver.accept(frame);
    }

    @Benchmark
    public void encodeAndDecode() {
        receiver.accept(SerialFraming.encode(packet));
    }
}
