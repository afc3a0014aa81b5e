package org.bmcplatform.mctp.binding.astlpc;

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
 * astlpc packet buffers encoded (length, packet, v3 CRC-32) and decoded (length, header version, CRC
 * check) per second, for protocol version 1 (no CRC) and 3 (CRC-32), at the baseline packet (68) and a
 * large negotiated MTU (65540: 64 KiB payload). MB/s = ops/s x mtu / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AstLpcFramingBenchmark {
    @Param({"1", "3"})
    public int version;

    @Param({"68", "65540"})
    public int mtu;

    private Bytes packet;

    @Setup
    public void setUp() {
        byte[] b = new byte[mtu];
        new SplittableRandom(1).nextBytes(b);
        b[0] = 0x01;
        packet = Bytes.wrap(b);
    }

    @Benchmark
    public AstLpcFraming.Decoded encodeAndDecode() {
        byte[] buffer = AstLpcFraming.encode(version, packet);
        return AstLpcFraming.decode(version, buffer, mtu);
    }
}
