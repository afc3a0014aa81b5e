package org.bmcplatform.mctp.control;

/**
 * One vendor ID set of Get Vendor Defined Message Support (DSP0236 §12.8, Table 19): the vendor ID
 * format (0x00 PCI vendor ID, 2 bytes; 0x01 IANA enterprise number, 4 bytes; both big-endian) and a
 * 16-bit command set type.
 */
public record VendorDefinedSupport(int format, long vendorId, int commandSetType) {
    public static final int FORMAT_PCI = 0x00;
    public static final int FORMAT_IANA = 0x01;

    public VendorDefinedSupport {
        if (format == FORMAT_PCI) {
            if (vendorId < 0 || vendorId > 0xFFFF) {
                throw new IllegalArgumentException("a PCI vendor ID is 16 bits, was " + vendorId);
            }
        } else if (format == FORMAT_IANA) {
            if (vendorId < 0 || vendorId > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("an IANA enterprise number is 32 bits, was " + vendorId);
            }
        } else {
            throw new IllegalArgumentException("vendor ID format must be 0 (PCI) or 1 (IANA), was " + format);
        }
        if (commandSetType < 0 || commandSetType > 0xFFFF) {
            throw new IllegalArgumentException("command set type is 16 bits, was " + commandSetType);
        }
    }

    public static VendorDefinedSupport pci(int vendorId, int commandSetType) {
        return new VendorDefinedSupport(FORMAT_PCI, vendorId, commandSetType);
    }

    public static VendorDefinedSupport iana(long enterpriseNumber, int commandSetType) {
        return new VendorDefinedSupport(FORMAT_IANA, enterpriseNumber, commandSetType);
    }

    /** Length of the vendor ID field for a format, or -1 when the format is unknown. */
    public static int vendorIdLength(int format) {
        return format == FORMAT_PCI ? 2 : format == FORMAT_IANA ? 4 : -1;
    }
}
