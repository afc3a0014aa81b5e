package org.bmcplatform.profiles.nvmemi;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * Asset fields of the Identify Controller data structure (NVMe 2.0 §5.17.2.1, Figure "Identify
 * Controller Data Structure"): PCI VID (0-1), SSVID (2-3), SN (4-23), MN (24-63), FR (64-71), ASCII
 * with trailing spaces and NULs trimmed; WCTEMP (266-267) and CCTEMP (268-269) in Kelvin when the
 * data reaches that far.
 */
public record ControllerIdentity(int pciVendorId, int subsystemVendorId, String serialNumber, String modelNumber,
                                 String firmwareRevision, OptionalInt warningTemperatureKelvin,
                                 OptionalInt criticalTemperatureKelvin) {
    /** Bytes needed for the strings (through FR). */
    public static final int MINIMUM_LENGTH = 72;
    /** Bytes needed for WCTEMP and CCTEMP too. */
    public static final int THRESHOLDS_LENGTH = 270;

    public ControllerIdentity {
        WireRange.check(pciVendorId, 16, "VID");
        WireRange.check(subsystemVendorId, 16, "SSVID");
        WireRange.required(serialNumber, "SN");
        WireRange.required(modelNumber, "MN");
        WireRange.required(firmwareRevision, "FR");
        WireRange.required(warningTemperatureKelvin, "WCTEMP");
        WireRange.required(criticalTemperatureKelvin, "CCTEMP");
    }

    /**
     * Parses the structure from its first byte.
     *
     * @throws NvmeMiFormatException when fewer than {@link #MINIMUM_LENGTH} bytes are given
     */
    public static ControllerIdentity parse(Bytes data) {
        WireReader r = new WireReader(data, 0, data.length());
        int vid = r.u16("VID");
        int ssvid = r.u16("SSVID");
        String sn = ascii(r.bytes(20, "SN"));
        String mn = ascii(r.bytes(40, "MN"));
        String fr = ascii(r.bytes(8, "FR"));
        OptionalInt wctemp = OptionalInt.empty();
        OptionalInt cctemp = OptionalInt.empty();
        if (data.length() >= THRESHOLDS_LENGTH) {
            WireReader t = new WireReader(data, 266, THRESHOLDS_LENGTH);
            wctemp = OptionalInt.of(t.u16("WCTEMP"));
            cctemp = OptionalInt.of(t.u16("CCTEMP"));
        }
        return new ControllerIdentity(vid, ssvid, sn, mn, fr, wctemp, cctemp);
    }

    /** Lays the fields out in a zero-filled structure of {@code length} bytes (at least 72; 270+ for thresholds). */
    public Bytes toBytes(int length) {
        if (length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("needs at least " + MINIMUM_LENGTH + " bytes, was " + length);
        }
        byte[] b = new byte[length];
        putLe16(b, 0, pciVendorId);
        putLe16(b, 2, subsystemVendorId);
        putPadded(b, 4, 20, serialNumber);
        putPadded(b, 24, 40, modelNumber);
        putPadded(b, 64, 8, firmwareRevision);
        if (length >= THRESHOLDS_LENGTH) {
            putLe16(b, 266, warningTemperatureKelvin.orElse(0));
            putLe16(b, 268, criticalTemperatureKelvin.orElse(0));
        }
        return Bytes.wrap(b);
    }

    private static String ascii(Bytes field) {
        String s = new String(field.toArray(), StandardCharsets.ISO_8859_1);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static void putLe16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void putPadded(byte[] b, int at, int width, String s) {
        byte[] text = s.getBytes(StandardCharsets.ISO_8859_1);
        if (text.length > width) {
            throw new IllegalArgumentException("'" + s + "' is longer than " + width + " bytes");
        }
        for (int i = 0; i < width; i++) {
            b[at + i] = i < text.length ? text[i] : (byte) ' ';
        }
    }
}
