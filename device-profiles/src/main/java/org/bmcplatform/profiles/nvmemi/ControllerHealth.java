package org.bmcplatform.profiles.nvmemi;

/**
 * Controller Health Data Structure, 16 bytes (NVMe-MI 1.2 §5.3, Figure "Controller Health Data
 * Structure"; device-protocols.md §2.5): 0-1 CTLID, 2-3 CSTS, 4-5 CTEMP (Kelvin), 6 PDLU, 7 SPARE,
 * 8 CWARN, 9-10 changed flags (NVMe-MI 1.2+), 11-15 reserved. Little-endian.
 *
 * <p>Unlike the subsystem poll's one-byte signed °C and active-low SW, CTEMP here is in Kelvin and
 * CWARN is active-high (NVMe SMART style). The changed-flag bit positions below are this codec's
 * reading of the spec and are marked unverified in the reference; the 16 bits are kept as sent.
 *
 * @param controllerId     CTLID
 * @param status           CSTS: {@link #CSTS_READY}, {@link #CSTS_FATAL} ...
 * @param temperatureKelvin CTEMP, 16 bits, Kelvin
 * @param percentageUsed   PDLU, 0..255
 * @param availableSpare   SPARE, percent 0..100 (kept as sent up to 255)
 * @param criticalWarnings CWARN, active-high: {@link #CWARN_SPARE} ...
 * @param changedFlags     controller health status changed flags, 16 bits
 */
public record ControllerHealth(int controllerId, int status, int temperatureKelvin, int percentageUsed,
                               int availableSpare, int criticalWarnings, int changedFlags) {
    /** Size on the wire. */
    public static final int LENGTH = 16;
    /** Kelvin to °C offset used by NVMe (SMART log, Identify WCTEMP/CCTEMP). */
    public static final int KELVIN_OFFSET = 273;

    public static final int CSTS_READY = 1;
    public static final int CSTS_FATAL = 1 << 1;
    public static final int CSTS_SHUTDOWN = 1 << 2;
    public static final int CSTS_SUBSYSTEM_RESET_OCCURRED = 1 << 4;
    public static final int CSTS_ENABLE_CHANGE_OCCURRED = 1 << 5;
    public static final int CSTS_NAMESPACE_ATTRIBUTE_CHANGED = 1 << 6;
    public static final int CSTS_FIRMWARE_ACTIVATED = 1 << 7;

    public static final int CWARN_SPARE = 1;
    public static final int CWARN_TEMPERATURE = 1 << 1;
    public static final int CWARN_RELIABILITY = 1 << 2;
    public static final int CWARN_READ_ONLY = 1 << 3;
    public static final int CWARN_VOLATILE_BACKUP = 1 << 4;

    /** Changed flags 7:0 mirror the CSTS bits; then CTEMP, PDLU, SPARE and CWARN changed [unverified]. */
    public static final int CHANGED_CSTS_MASK = 0xFF;
    public static final int CHANGED_CTEMP = 1 << 8;
    public static final int CHANGED_PDLU = 1 << 9;
    public static final int CHANGED_SPARE = 1 << 10;
    public static final int CHANGED_CWARN = 1 << 11;

    public ControllerHealth {
        WireRange.check(controllerId, 16, "CTLID");
        WireRange.check(status, 16, "CSTS");
        WireRange.check(temperatureKelvin, 16, "CTEMP");
        WireRange.check(percentageUsed, 8, "PDLU");
        WireRange.check(availableSpare, 8, "SPARE");
        WireRange.check(criticalWarnings, 8, "CWARN");
        WireRange.check(changedFlags, 16, "changed flags");
    }

    /** CTEMP in °C (Kelvin − 273), as NVMe tools convert it. */
    public int temperatureCelsius() {
        return temperatureKelvin - KELVIN_OFFSET;
    }

    public boolean ready() {
        return (status & CSTS_READY) != 0;
    }

    public boolean fatal() {
        return (status & CSTS_FATAL) != 0;
    }

    public boolean isWarning(int cwarnBit) {
        return (criticalWarnings & cwarnBit) != 0;
    }

    public boolean isChanged(int changedBit) {
        return (changedFlags & changedBit) != 0;
    }
}
