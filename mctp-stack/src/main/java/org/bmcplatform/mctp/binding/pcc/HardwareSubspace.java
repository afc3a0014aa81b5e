package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.Bytes;

/**
 * An extended PCC subspace on real hardware, OSPM's end: shared memory and registers at the physical
 * addresses of its PCCT entry (ACPI 6.4 Table 14.13), accessed as the Linux PCC mailbox driver does
 * (read-modify-write with the preserve and set masks). User space sees no interrupts, so
 * {@link PccHardware}'s watcher polls: an initiator is signalled once the platform sets command
 * complete for a packet we rang for, a responder whenever command complete is clear (a packet waits).
 */
final class HardwareSubspace implements PccSubspace {
    private final Pcct.Extended entry;
    private final PhysicalMemory memory;
    private final Runnable onClosed;
    private volatile Runnable listener;
    private volatile boolean open = true;
    private volatile boolean awaitingCompletion;
    private volatile boolean notifyOnNextPoll;

    /** @param onClosed run once when this handle closes */
    HardwareSubspace(Pcct.Extended entry, PhysicalMemory memory, Runnable onClosed) {
        this.entry = entry;
        this.memory = memory;
        this.onClosed = onClosed;
        memory.map(entry.baseAddress(), entry.length());
        for (Pcct.GenericAddress gas : new Pcct.GenericAddress[] {entry.doorbell().address(),
                entry.platformInterruptAck().address(), entry.commandCompleteCheck().address(),
                entry.commandCompleteUpdate().address(), entry.errorStatus().address()}) {
            if (!gas.isAbsent()) {
                checkReachable(gas);
                memory.map(gas.address(), width(gas) / 8);
            }
        }
    }

    private void checkReachable(Pcct.GenericAddress gas) {
        if (gas.spaceId() != Pcct.GenericAddress.SYSTEM_MEMORY) {
            throw new IllegalStateException(String.format("PCC subspace %d has a register in address space %d at 0x%x;"
                    + " only system memory registers (space 0) can be reached from user space, so this channel needs the"
                    + " kernel's PCC mailbox and mctp-pcc drivers (use AF_MCTP)", entry.index(), gas.spaceId(), gas.address()));
        }
    }

    private static int width(Pcct.GenericAddress gas) {
        int bits = gas.bitWidth();
        return bits == 8 || bits == 16 || bits == 64 ? bits : 32;
    }

    private long readRegister(Pcct.GenericAddress gas) {
        return memory.read(gas.address(), width(gas));
    }

    /** ACPI 6.4 §14.1.6: write (value & preserve) | set. */
    private void readModifyWrite(Pcct.WriteRegister reg) {
        if (reg.address().isAbsent()) {
            return;
        }
        long value = (readRegister(reg.address()) & reg.preserveMask()) | reg.setMask();
        memory.write(reg.address().address(), width(reg.address()), value);
    }

    @Override
    public int id() {
        return entry.index();
    }

    @Override
    public Type type() {
        return entry.subspaceType();
    }

    @Override
    public PccRole role() {
        return PccRole.OSPM;
    }

    @Override
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, entry.length());
    }

    @Override
    public Bytes read(int offset, int length) {
        checkRange(offset, length);
        return memory.readBytes(entry.baseAddress() + offset, length);
    }

    @Override
    public void write(int offset, Bytes data) {
        checkRange(offset, data.length());
        memory.writeBytes(entry.baseAddress() + offset, data);
    }

    private void checkRange(int offset, int length) {
        if (offset < 0 || length < 0 || offset > size() - length) {
            throw new IndexOutOfBoundsException("PCC subspace " + id() + ": " + length + " bytes at offset " + offset
                    + " are outside its " + size() + "-byte shared memory");
        }
    }

    @Override
    public boolean commandComplete() {
        Pcct.ReadRegister check = entry.commandCompleteCheck();
        if (check.address().isAbsent()) {
            return true; // no check register: the platform completes within the nominal latency
        }
        return (readRegister(check.address()) & check.mask()) != 0;
    }

    @Override
    public void setCommandComplete(boolean complete) {
        if (complete != (type() == Type.RESPONDER)) {
            throw new IllegalStateException("OSPM " + (complete ? "sets" : "clears") + " command complete only on a "
                    + (complete ? "responder" : "initiator") + " subspace; subspace " + id() + " is " + type());
        }
        readModifyWrite(entry.commandCompleteUpdate());
    }

    @Override
    public void notifyPeer() {
        if (type() == Type.INITIATOR) {
            awaitingCompletion = true;
        }
        readModifyWrite(entry.doorbell());
    }

    @Override
    public void acknowledgeNotification() {
        readModifyWrite(entry.platformInterruptAck());
    }

    @Override
    public boolean errorStatus() {
        Pcct.ReadRegister err = entry.errorStatus();
        return !err.address().isAbsent() && (readRegister(err.address()) & err.mask()) != 0;
    }

    @Override
    public void setErrorStatus(boolean error) {
        if (error) {
            throw new IllegalStateException("only the platform reports errors; OSPM clears the error status");
        }
        Pcct.ReadRegister err = entry.errorStatus();
        if (!err.address().isAbsent()) {
            memory.write(err.address().address(), width(err.address()), readRegister(err.address()) & ~err.mask());
        }
    }

    @Override
    public void start(Runnable onNotification) {
        if (listener != null) {
            throw new IllegalStateException("PCC subspace " + id() + " already started");
        }
        notifyOnNextPoll = true;
        listener = onNotification;
    }

    /** From the watcher: the level-triggered equivalent of the platform interrupt. */
    void poll() {
        Runnable l = listener;
        if (!open || l == null) {
            return;
        }
        boolean signalled;
        if (type() == Type.INITIATOR) {
            signalled = awaitingCompletion && commandComplete();
            if (signalled) {
                awaitingCompletion = false;
            }
        } else {
            signalled = !commandComplete();
        }
        if (signalled || notifyOnNextPoll) {
            notifyOnNextPoll = false;
            l.run();
        }
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public boolean isAvailable() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            onClosed.run();
        }
    }

    @Override
    public String toString() {
        return String.format("pcc subspace %d (%s at 0x%x, %d bytes)", id(), type(), entry.baseAddress(), entry.length());
    }
}
