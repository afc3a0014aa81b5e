package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.Bytes;

/** A request for a command without its own record here (e.g. Get Network ID): the data after the header, kept as is. */
public record GenericRequest(int instanceId, ControlCommand command, Bytes data) implements ControlRequest {
    public GenericRequest {
        ControlHeader.checkInstanceId(instanceId);
        if (command == null || data == null) {
            throw new IllegalArgumentException("command and data must not be null");
        }
    }
}
