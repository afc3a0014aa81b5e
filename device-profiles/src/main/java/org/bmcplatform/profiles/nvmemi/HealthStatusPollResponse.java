package org.bmcplatform.profiles.nvmemi;

/** NVM Subsystem Health Status Poll response (NVMe-MI 1.2 §5.6): success, 8 bytes of subsystem health. */
public record HealthStatusPollResponse(int csi, SubsystemHealth health) implements MiResponse {
    public HealthStatusPollResponse {
        WireRange.csi(csi);
        WireRange.required(health, "health");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
