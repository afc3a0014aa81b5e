package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/** A PDR of a type this package does not decode: the common header, its type and the body as sent. */
public record OtherPdr(PdrHeader header, PdrType type, Bytes body) implements Pdr {
    public OtherPdr {
        WireRange.required(header, "PDR header");
        WireRange.required(type, "PDR type");
        WireRange.unsigned(WireRange.required(body, "PDR body").length(), 16, "PDR data length");
    }
}
