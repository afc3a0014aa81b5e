package org.bmcplatform.profiles.nvmemi;

import java.util.List;

/**
 * Controller Health Status Poll response (NVMe-MI 1.2 §5.3, Figure "Controller Health Status Poll -
 * NVMe Management Response"): success, NMRESP 7:0 = RENT, the number of entries (computed by the
 * codec), then RENT 16-byte {@link ControllerHealth} structures.
 */
public record ControllerHealthStatusPollResponse(int csi, List<ControllerHealth> entries) implements MiResponse {
    /** RENT is one byte. */
    public static final int MAX_ENTRIES = 0xFF;

    public ControllerHealthStatusPollResponse {
        WireRange.csi(csi);
        entries = List.copyOf(WireRange.required(entries, "entries"));
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("RENT is one byte: at most " + MAX_ENTRIES + " entries, was " + entries.size());
        }
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
