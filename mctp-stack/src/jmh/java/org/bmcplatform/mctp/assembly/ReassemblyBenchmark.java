package org.bmcplatform.mctp.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.packet.PacketDecoding;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Messages per second through the receive side (decode each wire packet, reassemble) and through a
 * full round trip (fragment, encode, decode, reassemble), at packet MTU 68 and 254, with the
 * production scheduler behind the reassembly timeout. MB/s = ops/s x messageSize / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReassemblyBenchmark {
    private static final EndpointId DST = EndpointId.of(8);
    private static final EndpointId SRC = EndpointId.of(9);

    @Param({"68", "254"})
    public int mtu;

    @Param({"4096"})
    public int messageSize;

    private Bytes message;
    private List<Bytes> wire;
    private SystemScheduler scheduler;
    private Reassembler reassembler;
    private int tag;

    @Setup(Level.Trial)
    public void setUp() {
        byte[] b = new byte[messageSize];
        new SplittableRandom(2).nextBytes(b);
        b[0] = 0x01;
        message = Bytes.wrap(b);
        wire = new ArrayList<>();
        for (MctpPacket p : Fragmenter.fragment(DST, SRC, true, 0, message, mtu, 0)) {
            wire.add(PacketCodec.encode(p));
        }
        scheduler = new SystemScheduler("reassembly-benchmark", 1);
        reassembler = new Reassembler(scheduler, ReassemblySettings.DEFAULTS, new DropCounters());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        scheduler.close();
    }

    private Bytes reassemble(List<Bytes> packets) {
        Optional<Bytes> out = Optional.empty();
        for (Bytes w : packets) {
            PacketDecoding d = PacketCodec.decode(w);
            out = reassembler.accept(1, ((PacketDecoding.Decoded) d).packet());
        }
        return out.orElseThrow(() -> new IllegalStateException("message not reassembled"));
    }

    @Benchmark
    public Bytes decodeAndReassemble() {
        return reassemble(wire);
    }

    @Benchmark
    public Bytes fragmentAndReassemble() {
        tag = (tag + 1) & 7;
        List<Bytes> packets = new ArrayList<>();
        for (MctpPacket p : Fragmenter.fragment(DST, SRC, true, tag, message, mtu, tag)) {
            packets.add(PacketCodec.encode(p));
        }
        return reassemble(packets);
    }
}
