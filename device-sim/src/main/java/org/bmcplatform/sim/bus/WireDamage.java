package org.bmcplatform.sim.bus;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * Frames a component's end of a virtual medium is to damage on the wire: the hook by which a fault decided
 * above the binding (per reply, where the MCTP header is known) lands below it, after the binding framed
 * the packet. Whoever sends marks a packet before handing it to its binding; the medium's component end
 * (an SMBus port of {@link VirtualSmbusSegment}, the serial line of {@link SerialLink}, the subspaces of
 * {@link PccLink}, the LPC window of {@link AstLpcLink}) looks for a marked packet in each frame it puts
 * on the medium and, finding one, flips one bit of it inside the frame. The frame's check (SMBus PEC,
 * serial FCS, astlpc v3 CRC-32) is left as the binding computed it, so the receiver's check fails, as
 * it does for a bit error on a real wire. Packets are matched by content, so a binding that queues
 * (PCC, astlpc) still gets the right frame damaged. Thread-safe.
 */
public final class WireDamage {
    /** The bit flipped in the damaged byte. */
    public static final int BIT = 0x01;

    private final List<Bytes> marked = new ArrayList<>();
    private long damaged;

    /** The frame that will carry {@code packet} is to be damaged; one mark damages one frame. */
    public void mark(Bytes packet) {
        synchronized (marked) {
            marked.add(packet);
        }
    }

    /**
     * Withdraws a mark once the packet's transmission is over.
     *
     * @return whether the mark was still there: no frame carrying the packet went onto the medium
     */
    public boolean unmark(Bytes packet) {
        synchronized (marked) {
            return marked.remove(packet);
        }
    }

    /** Frames damaged so far. */
    public long damaged() {
        synchronized (marked) {
            return damaged;
        }
    }

    /** Whether the frame carrying {@code packet} is to be damaged; consumes the mark. For the media. */
    boolean take(Bytes packet) {
        synchronized (marked) {
            if (marked.isEmpty() || !marked.remove(packet)) {
                return false;
            }
            damaged++;
            return true;
        }
    }

    /**
     * Which byte of a packet of {@code length} bytes is damaged: the middle of the payload behind the
     * 4-byte transport header (DSP0236 §8.1), the part of a frame that is most of its bits.
     */
    static int damagedByte(int length) {
        return length <= 4 ? length - 1 : 4 + (length - 4) / 2;
    }

    /** {@code frame} with {@link #BIT} of the byte at {@code index} flipped. */
    static Bytes flipped(Bytes frame, int index) {
        byte[] b = frame.toArray();
        b[index] ^= BIT;
        return Bytes.wrap(b);
    }
}
