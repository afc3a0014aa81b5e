package org.bmcplatform.mctp.control;

/**
 * The control message header after the message type byte (DSP0236 §11.5, Table 11): Rq (bit 7),
 * D datagram (bit 6), reserved (bit 5), instance ID (bits 4:0), then the command code.
 */
public record ControlHeader(boolean request, boolean datagram, int instanceId, ControlCommand command) {
    /** Instance IDs are 5 bits. */
    public static final int INSTANCE_IDS = 32;

    public ControlHeader {
        checkInstanceId(instanceId);
        if (command == null) {
            throw new IllegalArgumentException("command must not be null");
        }
    }

    /** The Rq/D/IID byte. */
    public int flagsByte() {
        return (request ? 0x80 : 0) | (datagram ? 0x40 : 0) | instanceId;
    }

    static void checkInstanceId(int instanceId) {
        if (instanceId < 0 || instanceId >= INSTANCE_IDS) {
            throw new IllegalArgumentException("instance ID must be 0..31, was " + instanceId);
        }
    }
}
