package org.bmcplatform.profiles.nvmemi;

/**
 * NVM Subsystem Health Status Poll request (NVMe-MI 1.2 §5.6): opcode 0x01, NMD0 = 0, NMD1 bit 31 =
 * CS (clear the composite controller status change bits after this read).
 */
public record HealthStatusPollRequest(int csi, boolean clearStatus) implements MiRequest {
    public HealthStatusPollRequest {
        WireRange.csi(csi);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
