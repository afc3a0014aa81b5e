package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.Bytes;

/**
 * The backend port under the PCC binding (STYLE.md rule 13): one extended PCC subspace seen from one
 * end, i.e. its shared memory and the registers of ACPI 6.4 §14.1.6 (doorbell, command complete check
 * and update, platform interrupt acknowledge, error status), nothing of MCTP.
 *
 * <p>The handshake, per subspace type:
 * <ul>
 * <li>Initiator (type 3, OSPM to platform): OSPM waits for command complete, writes the memory,
 *     clears command complete (update register) and rings the doorbell; the platform is notified,
 *     reads, sets command complete and, when the header asks, raises the platform interrupt, which
 *     OSPM acknowledges.</li>
 * <li>Responder (type 4, platform to OSPM): the platform waits for command complete, writes, clears
 *     it and raises the platform interrupt; OSPM is notified, acknowledges, reads, sets command
 *     complete (update register) and, when the header asks, rings the doorbell to hand the buffer back.</li>
 * </ul>
 * Notifications are hints: the binding re-checks the command complete flag on each, so a backend that
 * polls may notify more often than the other end signalled.
 */
public interface PccSubspace extends AutoCloseable {

    /** Extended PCC subspace types (ACPI 6.4 Table 14.2). */
    enum Type {
        /** Type 3: OSPM sends, the platform completes. */
        INITIATOR(3),
        /** Type 4: the platform sends (notifications), OSPM completes. */
        RESPONDER(4);

        private final int acpiType;

        Type(int acpiType) {
            this.acpiType = acpiType;
        }

        /** The subspace type code in the PCCT. */
        public int acpiType() {
            return acpiType;
        }

        /** The end that writes packets into a subspace of this type. */
        public PccRole sender() {
            return this == INITIATOR ? PccRole.OSPM : PccRole.PLATFORM;
        }
    }

    /** The subspace index (0..255): its position in the PCCT and the low byte of its signature. */
    int id();

    Type type();

    /** Which end this handle acts for. */
    PccRole role();

    /** Bytes of shared memory (header included). */
    int size();

    /** Reads {@code length} bytes from {@code offset}; throws IndexOutOfBoundsException outside the memory. */
    Bytes read(int offset, int length);

    /** Writes bytes at {@code offset}; throws IndexOutOfBoundsException outside the memory. */
    void write(int offset, Bytes data);

    /** The command complete flag (check register, masked). Set: the buffer is free for its sender. */
    boolean commandComplete();

    /**
     * Updates the command complete flag. OSPM does it through the update register: clearing on an
     * initiator before ringing, setting on a responder once it has read; the platform writes the flag
     * directly (setting on an initiator, clearing on a responder before raising its interrupt).
     *
     * @throws IllegalStateException for an update this end cannot make on this type
     */
    void setCommandComplete(boolean complete);

    /** Signals the other end: OSPM rings the doorbell, the platform raises the platform interrupt. */
    void notifyPeer();

    /** OSPM writes the platform interrupt acknowledge register after an interrupt; no-op for the platform. */
    void acknowledgeNotification();

    /** The error status register (masked): the platform reports that the last command failed. */
    boolean errorStatus();

    /** The platform sets the error status; OSPM clears it after reading it. */
    void setErrorStatus(boolean error);

    /**
     * Starts calling {@code onNotification} whenever the other end signals (doorbell for the platform,
     * platform interrupt for OSPM), on the backend's scheduler, never on the caller's stack. Called once.
     */
    void start(Runnable onNotification);

    /** Whether the channel is usable: this handle is open and the other end is attached. */
    boolean isAvailable();

    /** Idempotent; stops notifications. */
    @Override
    void close();
}
