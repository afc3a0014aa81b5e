package org.bmcplatform.profiles.nvmemi;

/**
 * Configuration Get response (NVMe-MI 1.2 §5.2, Figure "Configuration Get - NVMe Management
 * Response"; device-protocols.md §2.6): success, the value in NMRESP (24 bits, LE), no data. Which
 * field means what depends on the identifier asked: SMBus/I2C frequency in bits 1:0, MCTP
 * transmission unit size in bits 15:0.
 */
public record ConfigurationGetResponse(int csi, int value) implements MiResponse {
    public ConfigurationGetResponse {
        WireRange.csi(csi);
        WireRange.check(value, 24, "NMRESP");
    }

    public static ConfigurationGetResponse ofFrequency(int csi, SmbusFrequency frequency) {
        return new ConfigurationGetResponse(csi, frequency.code());
    }

    public static ConfigurationGetResponse ofTransmissionUnitSize(int csi, int bytes) {
        WireRange.check(bytes, 16, "MCTP transmission unit size");
        return new ConfigurationGetResponse(csi, bytes);
    }

    /** NMRESP 1:0 as an SMBus/I2C frequency. */
    public SmbusFrequency frequency() {
        return new SmbusFrequency(value & 0x3);
    }

    /** NMRESP 15:0 as the MCTP transmission unit size in bytes. */
    public int transmissionUnitSize() {
        return value & 0xFFFF;
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
