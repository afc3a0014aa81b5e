package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.Bytes;

/**
 * One subspace of a {@link PccFile}: its shared memory in the file, and the register block that
 * emulates the doorbell (a counter OSPM bumps), the platform interrupt (a counter the platform bumps),
 * command complete and error status (bit 0 of their words).
 */
final class FileSubspace implements PccSubspace {
    private final PccFile file;
    private final int id;
    private final Type type;
    private final int registers;
    private final int memory;
    private volatile Runnable listener;
    private volatile boolean open = true;
    private int lastSignal;
    /** Set by start: the next poll notifies whatever the counter says, so a region posted earlier is seen. */
    private boolean notifyOnNextPoll;

    FileSubspace(PccFile file, int id, Type type, int registers, int memory) {
        this.file = file;
        this.id = id;
        this.type = type;
        this.registers = registers;
        this.memory = memory;
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public PccRole role() {
        return file.role();
    }

    @Override
    public int size() {
        return file.size();
    }

    @Override
    public Bytes read(int offset, int length) {
        checkRange(offset, length);
        byte[] b = new byte[length];
        file.readBytes(memory + offset, b);
        return Bytes.wrap(b);
    }

    @Override
    public void write(int offset, Bytes data) {
        checkRange(offset, data.length());
        file.writeBytes(memory + offset, data.toArray());
    }

    private void checkRange(int offset, int length) {
        if (offset < 0 || length < 0 || offset > file.size() - length) {
            throw new IndexOutOfBoundsException("PCC subspace " + id + ": " + length + " bytes at offset " + offset
                    + " are outside its " + file.size() + "-byte shared memory");
        }
    }

    @Override
    public boolean commandComplete() {
        return (file.getInt(registers + PccFile.REG_COMMAND_COMPLETE) & 1) != 0;
    }

    @Override
    public void setCommandComplete(boolean complete) {
        if (complete == (role() == type.sender())) {
            throw new IllegalStateException(role() + " " + (complete ? "sets" : "clears") + " command complete only on "
                    + (complete ? "the subspace it receives on" : "the subspace it sends on") + "; subspace " + id + " is " + type);
        }
        file.setInt(registers + PccFile.REG_COMMAND_COMPLETE, complete ? 1 : 0);
    }

    @Override
    public void notifyPeer() {
        int reg = registers + (role() == PccRole.OSPM ? PccFile.REG_DOORBELL : PccFile.REG_PLATFORM_INTERRUPT);
        file.setInt(reg, file.getInt(reg) + 1); // only this end writes this counter
    }

    @Override
    public void acknowledgeNotification() {
        // the counters are edge records: nothing to clear
    }

    @Override
    public boolean errorStatus() {
        return (file.getInt(registers + PccFile.REG_ERROR_STATUS) & 1) != 0;
    }

    @Override
    public void setErrorStatus(boolean error) {
        if (error && role() == PccRole.OSPM) {
            throw new IllegalStateException("only the platform reports errors; OSPM clears the error status");
        }
        file.setInt(registers + PccFile.REG_ERROR_STATUS, error ? 1 : 0);
    }

    @Override
    public void start(Runnable onNotification) {
        if (listener != null) {
            throw new IllegalStateException("PCC subspace " + id + " already started");
        }
        synchronized (this) {
            lastSignal = peerSignal();
            notifyOnNextPoll = true;
        }
        listener = onNotification;
    }

    private int peerSignal() {
        return file.getInt(registers + (role() == PccRole.OSPM ? PccFile.REG_PLATFORM_INTERRUPT : PccFile.REG_DOORBELL));
    }

    /** From the watcher: notifies when the other end's counter moved, and once after start. */
    void pollSignal() {
        Runnable l = listener;
        if (!open || l == null) {
            return;
        }
        boolean moved;
        synchronized (this) {
            int now = peerSignal();
            moved = now != lastSignal || notifyOnNextPoll;
            lastSignal = now;
            notifyOnNextPoll = false;
        }
        if (moved) {
            l.run();
        }
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public boolean isAvailable() {
        return open && file.peerAttached();
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            file.subspaceClosed();
        }
    }

    @Override
    public String toString() {
        return "pcc-file " + file.path() + " subspace " + id + " (" + type + ", " + role() + ")";
    }
}
