package org.bmcplatform.profiles.nvmemi;

/**
 * Configuration Get request (NVMe-MI 1.2 §5.2; device-protocols.md §2.6): opcode 0x04, NMD0 7:0 =
 * configuration identifier, 31:24 = port identifier (for port-scoped identifiers such as SMBus/I2C
 * frequency and MCTP transmission unit size; 0 otherwise), NMD1 = 0. A request with other NMD0/NMD1
 * bits set decodes to {@link MiCommandRequest}.
 */
public record ConfigurationGetRequest(int csi, ConfigurationIdentifier identifier, int portId) implements MiRequest {
    public ConfigurationGetRequest {
        WireRange.csi(csi);
        WireRange.required(identifier, "configuration identifier");
        WireRange.check(portId, 8, "port identifier");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
