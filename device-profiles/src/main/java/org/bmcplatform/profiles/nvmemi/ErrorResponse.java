package org.bmcplatform.profiles.nvmemi;

/**
 * A response whose status is not success (NVMe-MI 1.2 §4.1.2, Figure "Error Response"): header,
 * status, NMRESP (3 bytes; for More Processing Required bytes 6-7 carry MPRT in 100 ms units), MIC:
 * the short 12-byte form. Longer error responses (an admin error with CQE dwords) decode to this too.
 */
public record ErrorResponse(int csi, MessageKind kind, MiStatus status, int nmresp) implements MiResponse {
    public ErrorResponse {
        WireRange.csi(csi);
        WireRange.required(kind, "NMIMT");
        if (WireRange.required(status, "status").isSuccess()) {
            throw new IllegalArgumentException("an error response has a non-success status");
        }
        WireRange.check(nmresp, 24, "NMRESP");
    }

    public static ErrorResponse of(MiRequest request, MiStatus status) {
        return new ErrorResponse(request.csi(), request.kind(), status, 0);
    }
}
