package org.bmcplatform.profiles.ncsi;

import java.nio.charset.StandardCharsets;
import org.bmcplatform.mctp.Bytes;

/**
 * Get Version ID response (DSP0222 "Get Version ID response packet format"), payload 40 bytes:
 * response code, reason code, NC-SI version (major, minor, update, alpha1, 3 reserved bytes,
 * alpha2; {@link NcsiVersion}), firmware name (12 bytes, ASCII, NUL or space padded), firmware
 * version (u32, vendor-defined), PCI Device ID, Vendor ID, Subsystem ID, Subsystem Vendor ID
 * (u16 each, in that order: DID first), Manufacturer ID (u32, IANA enterprise number).
 */
public record GetVersionIdResponse(ControlHeader header, ReasonCode reasonCode, NcsiVersion version, Bytes firmwareName,
        long firmwareVersion, int pciDeviceId, int pciVendorId, int pciSubsystemId, int pciSubsystemVendorId,
        long manufacturerId) implements NcsiResponse {
    public static final int PAYLOAD_LENGTH = 40;
    public static final int FIRMWARE_NAME_LENGTH = 12;

    public GetVersionIdResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
        WireRange.required(version, "NC-SI version");
        WireRange.length(firmwareName, FIRMWARE_NAME_LENGTH, "firmware name");
        WireRange.unsigned(firmwareVersion, 32, "firmware version");
        WireRange.unsigned(pciDeviceId, 16, "PCI device ID");
        WireRange.unsigned(pciVendorId, 16, "PCI vendor ID");
        WireRange.unsigned(pciSubsystemId, 16, "PCI subsystem ID");
        WireRange.unsigned(pciSubsystemVendorId, 16, "PCI subsystem vendor ID");
        WireRange.unsigned(manufacturerId, 32, "manufacturer ID");
    }

    /** {@code text} as the 12-byte firmware name field, NUL padded. */
    public static Bytes firmwareName(String text) {
        byte[] ascii = text.getBytes(StandardCharsets.US_ASCII);
        if (ascii.length > FIRMWARE_NAME_LENGTH) {
            throw new IllegalArgumentException("firmware name is at most 12 bytes, was \"" + text + "\"");
        }
        byte[] field = new byte[FIRMWARE_NAME_LENGTH];
        System.arraycopy(ascii, 0, field, 0, ascii.length);
        return Bytes.wrap(field);
    }

    /** The firmware name up to the first NUL, trailing spaces removed. */
    public String firmwareNameText() {
        int end = 0;
        while (end < firmwareName.length() && firmwareName.get(end) != 0) {
            end++;
        }
        return new String(firmwareName.slice(0, end).toArray(), StandardCharsets.ISO_8859_1).stripTrailing();
    }

    /** The firmware version as Wireshark prints it: {@code 01.02.03.04}. */
    public String firmwareVersionLabel() {
        return String.format("%02x.%02x.%02x.%02x", firmwareVersion >>> 24, firmwareVersion >>> 16 & 0xFF,
                firmwareVersion >>> 8 & 0xFF, firmwareVersion & 0xFF);
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_VERSION_ID;
    }
}
