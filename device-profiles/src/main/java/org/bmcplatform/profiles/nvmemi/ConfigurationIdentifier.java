package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/**
 * Configuration Identifier of Configuration Set / Get, NMD0 bits 7:0 (NVMe-MI 1.2 §5.1 and §5.2,
 * Figure "Configuration Identifiers"; device-protocols.md §2.6). Unknown codes round-trip.
 */
public record ConfigurationIdentifier(int code) {
    public static final ConfigurationIdentifier SMBUS_I2C_FREQUENCY = new ConfigurationIdentifier(0x01);
    public static final ConfigurationIdentifier HEALTH_STATUS_CHANGE = new ConfigurationIdentifier(0x02);
    public static final ConfigurationIdentifier MCTP_TRANSMISSION_UNIT_SIZE = new ConfigurationIdentifier(0x03);
    public static final ConfigurationIdentifier ASYNCHRONOUS_EVENTS = new ConfigurationIdentifier(0x04);

    private static final Map<Integer, String> NAMES = Map.of(1, "SMBus/I2C frequency", 2, "health status change",
            3, "MCTP transmission unit size", 4, "asynchronous events");

    public ConfigurationIdentifier {
        WireRange.check(code, 8, "configuration identifier");
    }

    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
