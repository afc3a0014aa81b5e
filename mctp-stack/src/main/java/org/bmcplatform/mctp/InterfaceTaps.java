package org.bmcplatform.mctp;

import java.util.Arrays;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PacketTap;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taps on one interface. Copy-on-write array: the packet path reads one volatile field and
 * returns when it is empty, so an interface without taps pays nothing else. A tap that throws is
 * removed and counted; it never reaches the binding or the receive path.
 */
final class InterfaceTaps {
    private static final Logger LOG = LoggerFactory.getLogger(InterfaceTaps.class);
    private static final PacketTap[] NONE = new PacketTap[0];

    private final String interfaceName;
    private final Scheduler scheduler;
    private final InterfaceCounters counters;
    private final Object lock = new Object();
    private volatile PacketTap[] taps = NONE;

    InterfaceTaps(String interfaceName, Scheduler scheduler, InterfaceCounters counters) {
        this.interfaceName = interfaceName;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    /** Adding a tap that is already installed changes nothing. */
    void add(PacketTap tap) {
        if (tap == null) {
            throw new IllegalArgumentException("tap must not be null");
        }
        synchronized (lock) {
            PacketTap[] current = taps;
            for (PacketTap t : current) {
                if (t == tap) {
                    return;
                }
            }
            PacketTap[] next = Arrays.copyOf(current, current.length + 1);
            next[current.length] = tap;
            taps = next;
        }
    }

    /** Whether the tap was installed. */
    boolean remove(PacketTap tap) {
        synchronized (lock) {
            PacketTap[] current = taps;
            for (int i = 0; i < current.length; i++) {
                if (current[i] == tap) {
                    PacketTap[] next = new PacketTap[current.length - 1];
                    System.arraycopy(current, 0, next, 0, i);
                    System.arraycopy(current, i + 1, next, i, current.length - i - 1);
                    taps = next.length == 0 ? NONE : next;
                    return true;
                }
            }
            return false;
        }
    }

    void offer(Direction direction, Bytes packet, LinkAddress peer) {
        PacketTap[] current = taps;
        if (current.length == 0) {
            return;
        }
        CapturedPacket captured = new CapturedPacket(scheduler.now(), interfaceName, direction, packet, peer);
        for (PacketTap tap : current) {
            try {
                tap.onPacket(captured);
            } catch (RuntimeException e) {
                if (remove(tap)) {
                    counters.tapFailure();
                    LOG.warn("packet tap {} on interface {} failed and was removed: {}", tap, interfaceName, e.toString());
                }
            }
        }
    }
}
