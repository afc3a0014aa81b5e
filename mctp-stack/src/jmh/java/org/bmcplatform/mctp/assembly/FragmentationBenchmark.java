package org.bmcplatform.mctp.assembly;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
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
 * Messages per second split into packets and encoded to wire bytes, at the baseline packet MTU (68,
 * 64-byte payload) and the SMBus maximum (254, 250-byte payload). MB/s = ops/s x messageSize / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FragmentationBenchmark {
    @Param({"68", "254"})
    public int mtu;

    @Param({"4096"})
    public int messageSize;

    private Bytes message;

    @Setup
    public void setUp() {
        byte[] b = new byte[messageSize];
        new SplittableRandom(1).nextBytes(b);
        b[0] = 0x01;
        message = Bytes.wrap(b);
    }

    @Benchmark
    public void fragmentAndEncode(Blackhole bh) {
        List<MctpPacket> packets = Fragmenter.fragment(EndpointId.of(9), EndpointId.of(8), true, 3, message, mtu, 0);
        for (MctpPacket p : packets) {
            bh.consume(PacketCodec.encode(p));
        }
    }
}
