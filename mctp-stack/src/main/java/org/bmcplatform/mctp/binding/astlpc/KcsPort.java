package org.bmcplatform.mctp.binding.astlpc;

/**
 * One side's view of a KCS register pair (IPMI KCS hardware; reference mctp-stack.md §3.4), the
 * backend port the astlpc binding signals through. The BMC reads IDR and writes ODR and STR; the host
 * reads ODR and writes IDR; both read STR. Writing the data register sets the hardware flag the other
 * side waits for (BMC: OBF, host: IBF); the other side's read of it clears that flag.
 */
public interface KcsPort extends AutoCloseable {
    /** STR bit 7 (software): BMC active. */
    int STATUS_BMC_READY = 0x80;
    /** STR bit 6 (software): channel active, version negotiated. */
    int STATUS_CHANNEL_ACTIVE = 0x40;
    /** STR bit 3 (hardware): last host write was to the command register. */
    int STATUS_COMMAND_DATA = 0x08;
    /** STR bit 1 (hardware): input buffer full, the host wrote IDR. */
    int STATUS_IBF = 0x02;
    /** STR bit 0 (hardware): output buffer full, the BMC wrote ODR. */
    int STATUS_OBF = 0x01;

    /** Which side of the pair this port is. */
    AstLpcRole side();

    /** Reads STR. */
    int readStatus();

    /** Reads the data register written by the other side (BMC: IDR, clears IBF; host: ODR, clears OBF). */
    int readData();

    /** Writes the data register towards the other side (BMC: ODR, sets OBF; host: IDR, sets IBF). */
    void writeData(int value);

    /**
     * BMC only: writes STR. The software bits take the value; IBF and C/D stay as the hardware holds
     * them; OBF can be cleared this way but only a data write sets it.
     *
     * @throws UnsupportedOperationException on the host side
     */
    void writeStatus(int value);

    /**
     * Starts notifications: {@code listener} runs (never on the caller's stack) whenever the other side
     * wrote or read the data register, i.e. whenever there may be something to read or room to write.
     * Notifications may be spurious; the listener re-reads STR. Called once.
     */
    void start(Runnable listener);

    /**
     * Asks for a notification once our data register is writable again. Ports that notify on every
     * access of the other side need not do anything.
     */
    default void notifyWhenWritable() {
    }

    /** Stops notifications and releases the device. Idempotent. */
    @Override
    void close();
}
