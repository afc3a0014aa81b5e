package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/**
 * An AEN of a type this package does not lay out (DSP0222 "AEN packet format"): Configuration
 * Required (0x01), Host NC Driver Status Change (0x02), Delayed Response Ready (0x03), OEM or
 * unknown types; the AEN data after the type byte as sent.
 */
public record OtherAen(ControlHeader header, AenType aenType, Bytes data) implements NcsiAen {
    public OtherAen {
        WireRange.required(header, "header");
        if (WireRange.required(aenType, "AEN type").equals(AenType.LINK_STATUS_CHANGE)) {
            throw new IllegalArgumentException("a Link Status Change AEN has its own record");
        }
        WireRange.unsigned(WireRange.required(data, "AEN data").length() + 4L, 12, "payload length");
    }
}
