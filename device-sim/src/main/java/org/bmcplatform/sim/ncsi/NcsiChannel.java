package org.bmcplatform.sim.ncsi;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.bmcplatform.profiles.ncsi.CounterWidth;
import org.bmcplatform.profiles.ncsi.LinkStatus;
import org.bmcplatform.profiles.ncsi.PacketCounter;
import org.bmcplatform.profiles.ncsi.PacketStatistics;
import org.bmcplatform.profiles.ncsi.PartnerAbility;
import org.bmcplatform.profiles.ncsi.PartnerFlowControl;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;

/**
 * One channel (port) of a {@link NcsiPackage}: its link and the traffic it has seen. While the link is
 * up the port receives {@value #RX_LINE_FRACTION} of its line rate and sends {@value #TX_RATIO} of that,
 * in frames of {@value #MEAN_FRAME_BYTES} bytes on average; the counters are a function of the time the
 * link has been up, so they only grow, and stand still while it is down. Callers serialise.
 */
final class NcsiChannel {
    static final double RX_LINE_FRACTION = 0.01;
    static final double TX_RATIO = 0.6;
    static final long MEAN_FRAME_BYTES = 800;
    /** Percent of frames per size bucket 64, 65-127, 128-255, 256-511, 512-1023, 1024-1522, 1523-9022. */
    private static final int[] SIZE_PERCENT = {30, 20, 10, 5, 5, 30, 0};
    private static final PacketCounter[] RX_BUCKETS = {PacketCounter.RX_FRAMES_64, PacketCounter.RX_FRAMES_65_127,
        PacketCounter.RX_FRAMES_128_255, PacketCounter.RX_FRAMES_256_511, PacketCounter.RX_FRAMES_512_1023,
        PacketCounter.RX_FRAMES_1024_1522, PacketCounter.RX_FRAMES_1523_9022};
    private static final PacketCounter[] TX_BUCKETS = {PacketCounter.TX_FRAMES_64, PacketCounter.TX_FRAMES_65_127,
        PacketCounter.TX_FRAMES_128_255, PacketCounter.TX_FRAMES_256_511, PacketCounter.TX_FRAMES_512_1023,
        PacketCounter.TX_FRAMES_1024_1522, PacketCounter.TX_FRAMES_1523_9022};

    private final int id;
    private final SpeedDuplex speed;
    private boolean up;
    private long upSinceNanos;
    private long upNanosBefore;
    private long fcsErrors;
    private long aenControl;
    private AenTarget aenTarget;

    NcsiChannel(int id, SpeedDuplex speed, boolean up, long nowNanos) {
        this.id = id;
        this.speed = speed;
        this.up = up;
        this.upSinceNanos = nowNanos;
    }

    int id() {
        return id;
    }

    boolean up() {
        return up;
    }

    /** Changes the link; returns whether it changed. */
    boolean setUp(boolean now, long nowNanos) {
        if (now == up) {
            return false;
        }
        if (up) {
            upNanosBefore += nowNanos - upSinceNanos;
        } else {
            upSinceNanos = nowNanos;
        }
        up = now;
        return true;
    }

    /**
     * The Link Status dword: up at the port speed after autonegotiation, TX and RX flow control on,
     * the partner symmetric pause capable (1000BASE-T ports also show the partner's 1000BASE-T FD
     * ability), SerDes for the 10G and faster codes; down is "autonegotiation enabled, no link".
     */
    LinkStatus linkStatus() {
        if (!up) {
            return new LinkStatus(false, SpeedDuplex.NO_LINK, true, false, false, Set.of(), false, false,
                    PartnerFlowControl.NOT_PAUSE_CAPABLE, false, false, 0);
        }
        Set<PartnerAbility> partner = speed.equals(SpeedDuplex.BASE_T_1000_FULL)
                ? Set.of(PartnerAbility.BASE_T_1000_FULL) : Set.of();
        return new LinkStatus(true, speed, true, true, false, partner, true, true, PartnerFlowControl.SYMMETRIC,
                speed.code() >= SpeedDuplex.BASE_T_10G.code(), false, 0);
    }

    long aenControl() {
        return aenControl;
    }

    AenTarget aenTarget() {
        return aenTarget;
    }

    void enableAens(long control, AenTarget target) {
        this.aenControl = control;
        this.aenTarget = control == 0 ? null : target;
    }

    /** Frames received with a bad frame check sequence (a dirty fibre, a failing cable): counted, not delivered. */
    void receiveBadFrames(long count) {
        fcsErrors += count;
    }

    /** Bytes received so far. */
    long bytesReceived(long nowNanos) {
        long upNanos = upNanosBefore + (up ? nowNanos - upSinceNanos : 0);
        double bytesPerSecond = speed.megabitsPerSecond() * 1e6 / 8 * RX_LINE_FRACTION;
        return (long) (upNanos / 1e9 * bytesPerSecond);
    }

    /** The counters now in {@code width}'s layout; 32-bit counters wrap as the hardware's do. */
    PacketStatistics statistics(CounterWidth width, long nowNanos) {
        long rxBytes = bytesReceived(nowNanos);
        long txBytes = (long) (rxBytes * TX_RATIO);
        long rxFrames = rxBytes / MEAN_FRAME_BYTES;
        long txFrames = txBytes / MEAN_FRAME_BYTES;
        Map<PacketCounter, Long> m = new EnumMap<>(PacketCounter.class);
        for (PacketCounter c : PacketCounter.values()) {
            m.put(c, 0L);
        }
        m.put(PacketCounter.TOTAL_BYTES_RECEIVED, rxBytes);
        m.put(PacketCounter.TOTAL_BYTES_TRANSMITTED, txBytes);
        m.put(PacketCounter.VALID_BYTES_RECEIVED, rxBytes);
        m.put(PacketCounter.MULTICAST_PACKETS_RECEIVED, rxFrames * 6 / 100);
        m.put(PacketCounter.BROADCAST_PACKETS_RECEIVED, rxFrames * 4 / 100);
        m.put(PacketCounter.UNICAST_PACKETS_RECEIVED, rxFrames - rxFrames * 6 / 100 - rxFrames * 4 / 100);
        m.put(PacketCounter.MULTICAST_PACKETS_TRANSMITTED, txFrames * 2 / 100);
        m.put(PacketCounter.BROADCAST_PACKETS_TRANSMITTED, txFrames / 100);
        m.put(PacketCounter.UNICAST_PACKETS_TRANSMITTED, txFrames - txFrames * 2 / 100 - txFrames / 100);
        m.put(PacketCounter.FCS_RECEIVE_ERRORS, fcsErrors);
        for (int i = 0; i < SIZE_PERCENT.length; i++) {
            m.put(RX_BUCKETS[i], rxFrames * SIZE_PERCENT[i] / 100);
            m.put(TX_BUCKETS[i], txFrames * SIZE_PERCENT[i] / 100);
        }
        if (width == CounterWidth.BITS_32) {
            m.replaceAll((c, v) -> v & 0xFFFF_FFFFL);
        } else {
            m.replaceAll((c, v) -> c.wide() ? v : v & 0xFFFF_FFFFL);
        }
        return new PacketStatistics(width, 0, m);
    }
}
