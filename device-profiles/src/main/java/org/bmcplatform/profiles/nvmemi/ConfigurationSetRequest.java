package org.bmcplatform.profiles.nvmemi;

/**
 * Configuration Set request (NVMe-MI 1.2 §5.1; device-protocols.md §2.6): opcode 0x03, NMD0 7:0 =
 * configuration identifier, 23:8 = identifier-specific, 31:24 = port identifier; NMD1 =
 * identifier-specific. Per identifier:
 * <ul>
 *   <li>0x01 SMBus/I2C frequency: NMD0 11:8 = {@link SmbusFrequency} code (libnvme puts it in byte 9);</li>
 *   <li>0x02 Health Status Change: NMD1 = composite controller status bits to clear, port 0;</li>
 *   <li>0x03 MCTP transmission unit size: NMD1 15:0 = the size in bytes (64 up to the port's MMTUS).</li>
 * </ul>
 * Other identifiers keep both fields as sent, so they round-trip.
 *
 * @param dword0Specific NMD0 bits 23:8
 * @param dword1         NMD1
 */
public record ConfigurationSetRequest(int csi, ConfigurationIdentifier identifier, int portId, int dword0Specific,
                                      long dword1) implements MiRequest {
    public ConfigurationSetRequest {
        WireRange.csi(csi);
        WireRange.required(identifier, "configuration identifier");
        WireRange.check(portId, 8, "port identifier");
        WireRange.check(dword0Specific, 16, "NMD0 23:8");
        WireRange.check(dword1, 32, "NMD1");
    }

    public static ConfigurationSetRequest smbusFrequency(int csi, int portId, SmbusFrequency frequency) {
        return new ConfigurationSetRequest(csi, ConfigurationIdentifier.SMBUS_I2C_FREQUENCY, portId, frequency.code(), 0);
    }

    public static ConfigurationSetRequest healthStatusChange(int csi, int clearMask) {
        return new ConfigurationSetRequest(csi, ConfigurationIdentifier.HEALTH_STATUS_CHANGE, 0, 0, clearMask & 0xFFFF_FFFFL);
    }

    public static ConfigurationSetRequest transmissionUnitSize(int csi, int portId, int bytes) {
        WireRange.check(bytes, 16, "MCTP transmission unit size");
        return new ConfigurationSetRequest(csi, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, portId, 0, bytes);
    }

    /** NMD0 11:8, meaningful for {@link ConfigurationIdentifier#SMBUS_I2C_FREQUENCY}. */
    public SmbusFrequency frequency() {
        return new SmbusFrequency(dword0Specific & 0xF);
    }

    /** NMD1 15:0, meaningful for {@link ConfigurationIdentifier#MCTP_TRANSMISSION_UNIT_SIZE}. */
    public int transmissionUnitSize() {
        return (int) (dword1 & 0xFFFF);
    }

    /** NMD1, meaningful for {@link ConfigurationIdentifier#HEALTH_STATUS_CHANGE}. */
    public int clearMask() {
        return (int) dword1;
    }

    long nmd0() {
        return (long) portId << 24 | (long) dword0Specific << 8 | identifier.code();
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
