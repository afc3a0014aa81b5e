package org.bmcplatform.mctp.control;

/**
 * A control response (Rq = 0). When the completion code is not success the command's fields carry
 * neutral values and are not encoded: error responses end after the completion code (DSP0236 §11.5).
 */
public sealed interface ControlResponse extends ControlMessage permits SetEndpointIdResponse, GetEndpointIdResponse,
        GetEndpointUuidResponse, GetMctpVersionSupportResponse, GetMessageTypeSupportResponse,
        GetVendorDefinedMessageSupportResponse, GenericResponse {

    CompletionCode completionCode();

    default boolean isSuccess() {
        return completionCode().isSuccess();
    }

    @Override
    default ControlHeader header() {
        return new ControlHeader(false, false, instanceId(), command());
    }
}
