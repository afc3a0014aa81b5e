package org.bmcplatform.profiles.pldm;

import java.util.Set;
import org.bmcplatform.mctp.Bytes;

/** A PDR of a type this package does not decode: the common header, its type and the body as sent. */
public record OtherPdr(PdrHeader header, PdrType type, Bytes body) implements Pdr {
    private static final Set<PdrType> MODELLED = Set.of(PdrType.NUMERIC_SENSOR, PdrType.STATE_SENSOR, PdrType.ENTITY_ASSOCIATION,
            PdrType.FRU_RECORD_SET);

    public OtherPdr {
        WireRange.required(header, "PDR header");
        if (MODELLED.contains(WireRange.required(type, "PDR type"))) {
            throw new IllegalArgumentException(type + " PDRs have their own record");
        }
        WireRange.unsigned(WireRange.required(body, "PDR body").length(), 16, "PDR data length");
    }
}
