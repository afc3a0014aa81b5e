package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/** A successful response to a command this package does not model: the response data after the completion code. */
public record OtherResponse(int instanceId, PldmCommand command, Bytes data) implements PldmResponse {
    public OtherResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(command, "command");
        WireRange.required(data, "response data");
    }
}
