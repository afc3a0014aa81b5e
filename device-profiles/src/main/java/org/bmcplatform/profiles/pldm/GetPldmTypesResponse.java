package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;

/**
 * GetPLDMTypes response (DSP0240 Table "GetPLDMTypes command format"): completion code and
 * PLDMTypes, a bitfield8[8] where bit n of byte n/8 means type n is supported; held here as the
 * little-endian u64 of those eight bytes (bit n = type n).
 */
public record GetPldmTypesResponse(int instanceId, long typeBits) implements PldmResponse {
    public GetPldmTypesResponse {
        WireRange.instanceId(instanceId);
    }

    public static GetPldmTypesResponse of(int instanceId, PldmType... types) {
        long bits = 0;
        for (PldmType t : types) {
            bits |= 1L << t.code();
        }
        return new GetPldmTypesResponse(instanceId, bits);
    }

    public boolean supports(PldmType type) {
        return (typeBits & 1L << type.code()) != 0;
    }

    /** Supported types in ascending code order. */
    public List<PldmType> types() {
        List<PldmType> out = new ArrayList<>();
        for (int t = 0; t < 64; t++) {
            if ((typeBits & 1L << t) != 0) {
                out.add(new PldmType(t));
            }
        }
        return out;
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_TYPES;
    }
}
