package org.bmcplatform.profiles.pldm;

/**
 * A PLDM message over MCTP (DSP0240 "PLDM message format", DSP0241): MCTP type byte 0x01, the
 * 3-byte header, the command's data. The type byte, Rq/D bits and header version are implicit:
 * {@link PldmCodec} writes them.
 */
public sealed interface PldmMessage permits PldmRequest, PldmResponse {

    /** Instance ID, 0..31: a response echoes its request's. */
    int instanceId();

    /** PLDM type and command code. */
    PldmCommand command();
}
