package org.bmcplatform.mctp.binding.pcc;

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
 * Packets per second through the DSP0292 PCC header: encode (header + packet into a region image) and
 * decode (check the header of a 4096-byte shared memory and read the announced packet out), at the
 * baseline packet (68 bytes) and a page-sized one (4080 bytes, 4 KiB shared memory less the header).
 * {@code encodeAndDecode} decodes the image it just encoded (a region exactly the header plus the packet).
 * MB/s = ops/s x packetSize / 1e6.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PccFramingBenchmark {
    private static final int SHARED_MEMORY = 4096;

    @Param({"68", "4080"})
    public int packetSize;

    private final PccHeader header = PccHeader.forSubspace(2);
    private Bytes packet;
    private Bytes region;

    @Setup
    public void setUp() {
        byte[] p = new byte[packetSize];
        new SplittableRandom(1).nextBytes(p);
        p[0] = 0x01;
        packet = Bytes.wrap(p);
        byte[] r = new byte[SHARED_MEMORY];
        header.encode(packet).copyTo(r, 0);
        region = Bytes.wrap(r);
    }

    @Benchmark
    public Bytes encode() {
        return header.encode(packet);
    }

    @Benchmark
    public PccHeader.Decoded decode() {
        return PccHeader.decode(region, 2, SHARED_MEMORY - PccHeader.LENGTH);
    }

    @Benchmark
    public PccHeader.Decoded encodeAndDecode() {
        return PccHeader.decode(header.encode(packet), 2, SHARED_MEMORY - PccHeader.LENGTH);
    }
}
