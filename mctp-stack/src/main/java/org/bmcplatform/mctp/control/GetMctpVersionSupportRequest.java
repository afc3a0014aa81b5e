package org.bmcplatform.mctp.control;

/** Get MCTP Version Support request (DSP0236 §12.6, Table 17): message type number, 0xFF = the base specification. */
public record GetMctpVersionSupportRequest(int instanceId, int messageType) implements ControlRequest {
    /** Asks for the versions of the base specification. */
    public static final int BASE_SPECIFICATION = 0xFF;

    public GetMctpVersionSupportRequest {
        ControlHeader.checkInstanceId(instanceId);
        if (messageType < 0 || messageType > 0xFF) {
            throw new IllegalArgumentException("message type number is one byte, was " + messageType);
        }
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_MCTP_VERSION_SUPPORT;
    }
}
