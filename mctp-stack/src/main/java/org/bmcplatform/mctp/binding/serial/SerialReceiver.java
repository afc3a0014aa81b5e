package org.bmcplatform.mctp.binding.serial;

import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.checksum.Fcs16;

/**
 * The DSP0253 per-byte receiver (STYLE.md rule 15). States follow the frame layout of DSP0253 §7
 * (and libmctp's serial.c). On any error the frame is dropped, counted once, and the receiver
 * resynchronises on the next framing flag; it never throws. Extra flags between frames are
 * tolerated, a closing flag may also open the next frame, and a flag inside the packet data
 * starts a new frame (a lost byte costs one frame, not two). Not thread-safe: feed it from one thread.
 */
public final class SerialReceiver {

    /** Where the receiver is in a frame. */
    public enum State {
        /** Discarding until a framing flag. */
        WAIT_SYNC_START,
        /** After a flag: expecting the serial protocol revision (further flags are skipped). */
        WAIT_REVISION,
        /** Expecting the byte count. */
        WAIT_LEN,
        /** Reading packet bytes. */
        DATA,
        /** After an escape byte. */
        DATA_ESCAPED,
        /** Expecting the FCS high byte. */
        WAIT_FCS1,
        /** Expecting the FCS low byte. */
        WAIT_FCS2,
        /** Expecting the closing flag. */
        WAIT_SYNC_END
    }

    private final int maxPacket;
    private final SerialFcs variant;
    private final Consumer<Bytes> packets;
    private final DropCounters drops;
    private final byte[] buffer;
    private State state = State.WAIT_SYNC_START;
    private boolean discardCounted;
    private int count;
    private int length;
    private int fcs;
    private int firstFcsByte;
    private int receivedFcs;

    /**
     * @param maxPacket the MTU: frames announcing a longer packet are dropped as OVERSIZE
     * @param packets   receives each intact packet
     * @param drops     counts FRAMING_ERROR, BAD_REVISION, BAD_LENGTH, OVERSIZE, BAD_FCS and HANDLER_FAILED
     */
    public SerialReceiver(int maxPacket, Consumer<Bytes> packets, DropCounters drops) {
        this(maxPacket, SerialFcs.DE_FACTO, packets, drops);
    }

    /** As above, checking the FCS the way a peer computes it. */
    public SerialReceiver(int maxPacket, SerialFcs variant, Consumer<Bytes> packets, DropCounters drops) {
        if (maxPacket < SerialFraming.MIN_PACKET || maxPacket > SerialFraming.MAX_PACKET) {
            throw new IllegalArgumentException("serial MTU must be " + SerialFraming.MIN_PACKET + ".."
                    + SerialFraming.MAX_PACKET + ", was " + maxPacket);
        }
        this.maxPacket = maxPacket;
        this.variant = variant;
        this.packets = packets;
        this.drops = drops;
        this.buffer = new byte[maxPacket];
    }

    public State state() {
        return state;
    }

    public void accept(Bytes bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            accept(bytes.get(i));
        }
    }

    /** Feeds one received byte; only its low 8 bits count, so a signed Java {@code byte} works too. */
    public void accept(int received) {
        int b = received & 0xFF;
        switch (state) {
            case WAIT_SYNC_START -> {
                if (b == SerialFraming.FLAG) {
                    awaitRevision();
                } else if (!discardCounted) {
                    drop(DropReason.FRAMING_ERROR);
                }
            }
            case WAIT_REVISION -> {
                if (b == SerialFraming.REVISION) {
                    fcs = Fcs16.update(variant.initial(), b);
                    state = State.WAIT_LEN;
                } else if (b != SerialFraming.FLAG) {
                    drop(DropReason.BAD_REVISION);
                }
            }
            case WAIT_LEN -> {
                if (b < SerialFraming.MIN_PACKET) {
                    drop(DropReason.BAD_LENGTH);
                } else if (b > maxPacket) {
                    drop(DropReason.OVERSIZE);
                } else {
                    count = b;
                    length = 0;
                    fcs = Fcs16.update(fcs, b);
                    state = State.DATA;
                }
            }
            case DATA -> {
                if (b == SerialFraming.FLAG) {
                    restartOnFlag();
                } else if (b == SerialFraming.ESCAPE) {
                    state = State.DATA_ESCAPED;
                } else {
                    store(b);
                }
            }
            case DATA_ESCAPED -> {
                if (b == SerialFraming.FLAG) {
                    restartOnFlag();
                } else {
                    state = State.DATA;
                    store(b ^ 0x20);
                }
            }
            case WAIT_FCS1 -> {
                firstFcsByte = b;
                state = State.WAIT_FCS2;
            }
            case WAIT_FCS2 -> {
                receivedFcs = variant.fromWire(firstFcsByte, b);
                state = State.WAIT_SYNC_END;
            }
            case WAIT_SYNC_END -> {
                if (b != SerialFraming.FLAG) {
                    drop(DropReason.FRAMING_ERROR);
                } else if (receivedFcs != variant.finish(fcs)) {
                    drops.count(DropReason.BAD_FCS);
                    awaitRevision();
                } else {
                    awaitRevision();
                    deliver(Bytes.of(buffer, 0, length));
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    /** Hands a packet up; a failure there is counted (HANDLER_FAILED) and the byte stream goes on. */
    private void deliver(Bytes packet) {
        try {
            packets.accept(packet);
        } catch (RuntimeException e) {
            drops.count(DropReason.HANDLER_FAILED);
        }
    }

    private void store(int b) {
        buffer[length++] = (byte) b;
        fcs = Fcs16.update(fcs, b);
        if (length == count) {
            state = State.WAIT_FCS1;
        }
    }

    /** A flag before the packet was complete: the frame was cut short; the flag opens the next one. */
    private void restartOnFlag() {
        drops.count(DropReason.FRAMING_ERROR);
        awaitRevision();
    }

    /** Counts the drop and discards until the next flag without counting the discarded bytes again. */
    private void drop(DropReason reason) {
        drops.count(reason);
        discardCounted = true;
        state = State.WAIT_SYNC_START;
    }

    private void awaitRevision() {
        discardCounted = false;
        state = State.WAIT_REVISION;
    }
}
