package org.bmcplatform.mctp.control;

/** Get Vendor Defined Message Support request (DSP0236 §12.8, Table 19): vendor ID set selector, 0 first. */
public record GetVendorDefinedMessageSupportRequest(int instanceId, int selector) implements ControlRequest {
    public GetVendorDefinedMessageSupportRequest {
        ControlHeader.checkInstanceId(instanceId);
        if (selector < 0 || selector > 0xFF) {
            throw new IllegalArgumentException("selector is one byte, was " + selector);
        }
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_VENDOR_DEFINED_MESSAGE_SUPPORT;
    }
}
