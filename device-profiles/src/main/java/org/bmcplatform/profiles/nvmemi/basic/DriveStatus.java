package org.bmcplatform.profiles.nvmemi.basic;

import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;

/**
 * The status block at command code 0x00 (NVMe-MI 1.2 Appendix A; device-protocols.md §2.9): after
 * the length byte 6, Status Flags, SMART Warnings, CTEMP, PDLU and two more bytes.
 *
 * <p>SMART warnings are active-low and CTEMP is one signed °C byte with the 0x7F / 0x80 / 0x81 /
 * 0xC4 sentinels, exactly as in the NVM Subsystem Health Data Structure, so the same value types
 * carry them. Bytes 5 and 6 are reserved in NVMe-MI 1.0a; some readers take them as a warning
 * temperature and a power state (unverified in the spec), so they are kept as sent.
 *
 * @param flags          Status Flags: {@link #SMBUS_ARBITRATION}, {@link #DRIVE_NOT_READY}, {@link #DRIVE_FUNCTIONAL} ...
 * @param percentageUsed PDLU 0..255
 * @param byte5          data byte 5 as sent
 * @param byte6          data byte 6 as sent
 */
public record DriveStatus(int flags, SmartWarnings warnings, CompositeTemperature temperature, int percentageUsed,
                          int byte5, int byte6) implements BasicManagementBlock {
    /** SMBus command code of this block. */
    public static final int COMMAND_CODE = 0x00;
    /** The length byte: six data bytes follow. */
    public static final int LENGTH = 6;

    public static final int SMBUS_ARBITRATION = 1 << 7;
    /** Set when the drive is not ready (powering up, not yet able to answer). */
    public static final int DRIVE_NOT_READY = 1 << 6;
    public static final int DRIVE_FUNCTIONAL = 1 << 5;
    public static final int RESET_NOT_REQUIRED = 1 << 4;
    public static final int PORT0_LINK_ACTIVE = 1 << 3;
    public static final int PORT1_LINK_ACTIVE = 1 << 2;

    public DriveStatus {
        checkByte(flags, "status flags");
        if (warnings == null || temperature == null) {
            throw new IllegalArgumentException("SMART warnings and temperature are required");
        }
        checkByte(percentageUsed, "PDLU");
        checkByte(byte5, "byte 5");
        checkByte(byte6, "byte 6");
    }

    /** A status block with bytes 5 and 6 zero. */
    public static DriveStatus of(int flags, SmartWarnings warnings, CompositeTemperature temperature, int percentageUsed) {
        return new DriveStatus(flags, warnings, temperature, percentageUsed, 0, 0);
    }

    /**
     * Whether the reading can be trusted as dbus-sensors does it: ready (bit 6 clear) and
     * functional (bit 5 set).
     */
    public boolean usable() {
        return (flags & DRIVE_NOT_READY) == 0 && (flags & DRIVE_FUNCTIONAL) != 0;
    }

    @Override
    public int commandCode() {
        return COMMAND_CODE;
    }

    static void checkByte(int v, String field) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(field + " is one byte, was " + v);
        }
    }
}
