package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/** A request for a type or command this package does not model: header fields and the request data as sent. */
public record OtherRequest(int instanceId, PldmCommand command, Bytes data) implements PldmRequest {
    public OtherRequest {
        WireRange.instanceId(instanceId);
        if (WireRange.required(command, "command").isModelled()) {
            throw new IllegalArgumentException(command + " has its own request record");
        }
        WireRange.required(data, "request data");
    }
}
