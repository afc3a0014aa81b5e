package org.bmcplatform.profiles.ncsi;

/**
 * AEN Enable request (DSP0222 1.1 §8.4.12, "AEN Enable command packet format"), payload 8 bytes: 3 reserved
 * bytes, the AEN MC ID the controller puts in the AENs it sends, and the 32-bit AEN Control field: bit 0 Link
 * Status Change, bit 1 Configuration Required, bit 2 Host NC Driver Status Change; bits 31:16 OEM. Sent to a
 * channel. Over MCTP (DSP0261) the AENs go to the endpoint that sent this request.
 *
 * @param mcId       AEN MC ID, 0..255
 * @param aenControl which AENs the channel sends, 32 bits
 */
public record AenEnableRequest(ControlHeader header, int mcId, long aenControl) implements NcsiRequest {
    public static final int PAYLOAD_LENGTH = 8;
    public static final long LINK_STATUS_CHANGE = 1;
    public static final long CONFIGURATION_REQUIRED = 1 << 1;
    public static final long HOST_DRIVER_STATUS_CHANGE = 1 << 2;

    public AenEnableRequest {
        WireRange.required(header, "header");
        WireRange.unsigned(mcId, 8, "AEN MC ID");
        WireRange.unsigned(aenControl, 32, "AEN control");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.AEN_ENABLE;
    }
}
