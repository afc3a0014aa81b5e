package org.bmcplatform.profiles.nvmemi;

/**
 * NVM Subsystem Health Data Structure, 8 bytes (NVMe-MI 1.2 §5.6, Figure "NVM Subsystem Health Data
 * Structure"): NSS, SW, CTEMP, PDLU, CCS (LE), 2 reserved bytes.
 *
 * @param status NSS: bit 5 drive functional, 4 reset not required, 3 port 0 link active, 2 port 1 link active
 * @param percentageUsed PDLU 0..255 (255 means 255 % or more)
 * @param controllerStatus CCS, 16 bits
 */
public record SubsystemHealth(int status, SmartWarnings warnings, CompositeTemperature temperature,
                              int percentageUsed, int controllerStatus) {
    public static final int NSS_DRIVE_FUNCTIONAL = 1 << 5;
    public static final int NSS_RESET_NOT_REQUIRED = 1 << 4;
    public static final int NSS_PORT0_LINK_ACTIVE = 1 << 3;
    public static final int NSS_PORT1_LINK_ACTIVE = 1 << 2;
    public static final int CCS_READY = 1;
    public static final int CCS_FATAL_STATUS = 1 << 1;

    public SubsystemHealth {
        if (status < 0 || status > 0xFF) {
            throw new IllegalArgumentException("NSS is one byte, was " + status);
        }
        if (warnings == null || temperature == null) {
            throw new IllegalArgumentException("warnings and temperature are required");
        }
        if (percentageUsed < 0 || percentageUsed > 0xFF) {
            throw new IllegalArgumentException("PDLU is one byte, was " + percentageUsed);
        }
        if (controllerStatus < 0 || controllerStatus > 0xFFFF) {
            throw new IllegalArgumentException("CCS is 16 bits, was " + controllerStatus);
        }
    }

    public boolean driveFunctional() {
        return (status & NSS_DRIVE_FUNCTIONAL) != 0;
    }

    public boolean controllerFatal() {
        return (controllerStatus & CCS_FATAL_STATUS) != 0;
    }
}
