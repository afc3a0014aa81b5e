package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/** A command this package does not model (DSP0222 "Command packet format"): its code and payload as sent. */
public record OtherRequest(ControlHeader header, NcsiCommand command, Bytes payload) implements NcsiRequest {
    public OtherRequest {
        WireRange.required(header, "header");
        if (WireRange.required(command, "command").isModelled()) {
            throw new IllegalArgumentException(command + " has its own request record");
        }
        WireRange.unsigned(WireRange.required(payload, "payload").length(), 12, "payload length");
    }
}
