package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/** A request for a type or command this package does not model: header fields and the request data as sent. */
public record OtherRequest(int instanceId, PldmCommand command, Bytes data) implements PldmRequest {
    public OtherRequest {
        WireRange.instanceId(instanceId);
        WireRange.required(command, "command");
        WireRange.required(data, "request data");
    }
}
