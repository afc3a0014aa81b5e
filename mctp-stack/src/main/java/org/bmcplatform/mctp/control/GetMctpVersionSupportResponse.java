package org.bmcplatform.mctp.control;

import java.util.List;

/**
 * Get MCTP Version Support response (DSP0236 §12.6, Table 17): entry count, then four bytes per
 * version. Completion code 0x80 means the message type is not supported.
 */
public record GetMctpVersionSupportResponse(int instanceId, CompletionCode completionCode, List<MctpVersion> versions)
        implements ControlResponse {
    public GetMctpVersionSupportResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || versions == null) {
            throw new IllegalArgumentException("completionCode and versions must not be null");
        }
        versions = List.copyOf(versions);
        if (versions.size() > 0xFF) {
            throw new IllegalArgumentException("at most 255 version entries");
        }
    }

    public static GetMctpVersionSupportResponse failure(int instanceId, CompletionCode cc) {
        return new GetMctpVersionSupportResponse(instanceId, cc, List.of());
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_MCTP_VERSION_SUPPORT;
    }
}
