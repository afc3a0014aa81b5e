package org.bmcplatform.profiles.nvmemi;

/**
 * Configuration Set response (NVMe-MI 1.2 §5.1): success, NMRESP (reserved for the identifiers
 * defined so far, kept as sent), no data.
 */
public record ConfigurationSetResponse(int csi, int nmresp) implements MiResponse {
    public ConfigurationSetResponse {
        WireRange.csi(csi);
        WireRange.check(nmresp, 24, "NMRESP");
    }

    /** The plain success response. */
    public static ConfigurationSetResponse success(int csi) {
        return new ConfigurationSetResponse(csi, 0);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
