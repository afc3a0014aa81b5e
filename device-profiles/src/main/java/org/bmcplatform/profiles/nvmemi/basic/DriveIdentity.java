package org.bmcplatform.profiles.nvmemi.basic;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bmcplatform.mctp.Bytes;

/**
 * The identity block at command code 0x08 (NVMe-MI 1.2 Appendix A; device-protocols.md §2.9): after
 * the length byte 22 (0x16), the PCI vendor ID <b>most significant byte first</b> (unlike the rest of
 * NVMe; phosphor-nvme matches "14 4d" for Samsung), then the 20-byte ASCII serial number.
 *
 * @param vendorId     PCI vendor ID
 * @param serialNumber the 20 serial-number bytes as sent (space padded)
 */
public record DriveIdentity(int vendorId, Bytes serialNumber) implements BasicManagementBlock {
    public static final int COMMAND_CODE = 0x08;
    /** The length byte: 2 + 20 data bytes follow. */
    public static final int LENGTH = 22;
    public static final int SERIAL_LENGTH = 20;

    public DriveIdentity {
        if (vendorId < 0 || vendorId > 0xFFFF) {
            throw new IllegalArgumentException("vendor ID is 16 bits, was " + vendorId);
        }
        if (serialNumber == null || serialNumber.length() != SERIAL_LENGTH) {
            throw new IllegalArgumentException("the serial number is " + SERIAL_LENGTH + " bytes, was "
                    + (serialNumber == null ? "missing" : serialNumber.length()));
        }
    }

    /** An identity whose serial is {@code serial} padded with spaces to 20 ASCII bytes. */
    public static DriveIdentity of(int vendorId, String serial) {
        byte[] b = serial.getBytes(StandardCharsets.US_ASCII);
        if (b.length > SERIAL_LENGTH) {
            throw new IllegalArgumentException("serial number longer than " + SERIAL_LENGTH + " bytes: " + serial);
        }
        byte[] padded = new byte[SERIAL_LENGTH];
        Arrays.fill(padded, (byte) ' ');
        System.arraycopy(b, 0, padded, 0, b.length);
        return new DriveIdentity(vendorId, Bytes.wrap(padded));
    }

    /** The serial number as text, trailing spaces and NULs removed. */
    public String serial() {
        String s = new String(serialNumber.toArray(), StandardCharsets.ISO_8859_1);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public int commandCode() {
        return COMMAND_CODE;
    }
}
