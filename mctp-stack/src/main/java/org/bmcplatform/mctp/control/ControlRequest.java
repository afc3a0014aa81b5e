package org.bmcplatform.mctp.control;

/** A control request (Rq = 1). */
public sealed interface ControlRequest extends ControlMessage permits SetEndpointIdRequest, GetEndpointIdRequest,
        GetEndpointUuidRequest, GetMctpVersionSupportRequest, GetMessageTypeSupportRequest,
        GetVendorDefinedMessageSupportRequest, GenericRequest {

    @Override
    default ControlHeader header() {
        return new ControlHeader(true, false, instanceId(), command());
    }
}
