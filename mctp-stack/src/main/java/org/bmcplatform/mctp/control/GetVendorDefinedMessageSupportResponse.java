package org.bmcplatform.mctp.control;

import java.util.Optional;

/**
 * Get Vendor Defined Message Support response (DSP0236 §12.8, Table 19): the next selector (0xFF =
 * this was the last set), then one vendor ID set. Empty only in a non-success response.
 */
public record GetVendorDefinedMessageSupportResponse(int instanceId, CompletionCode completionCode, int nextSelector,
                                                     Optional<VendorDefinedSupport> support) implements ControlResponse {
    /** No further vendor ID sets. */
    public static final int LAST = 0xFF;

    public GetVendorDefinedMessageSupportResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || support == null) {
            throw new IllegalArgumentException("completionCode and support must not be null");
        }
        if (nextSelector < 0 || nextSelector > 0xFF) {
            throw new IllegalArgumentException("selector is one byte, was " + nextSelector);
        }
        if (completionCode.isSuccess() && support.isEmpty()) {
            throw new IllegalArgumentException("a successful response carries a vendor ID set");
        }
    }

    public static GetVendorDefinedMessageSupportResponse failure(int instanceId, CompletionCode cc) {
        return new GetVendorDefinedMessageSupportResponse(instanceId, cc, LAST, Optional.empty());
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_VENDOR_DEFINED_MESSAGE_SUPPORT;
    }
}
