package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/**
 * Encodes and decodes PLDM messages over MCTP (DSP0240 "PLDM message format", DSP0241), requests and
 * responses alike, so a requester and a simulated terminus speak through the same code.
 *
 * <p>Like {@code NvmeMiCodec}, the codec works on the whole MCTP message body as
 * {@code MctpEndpoint} carries it: byte 0 is the MCTP message type byte, 0x01 for PLDM with IC = 0
 * (DSP0241 defines no message integrity check, so 0x81 is rejected), bytes 1..3 the PLDM header,
 * then the command data (responses start it with the completion code). Error offsets count from the
 * type byte. Vectors written without the type byte need it prefixed.
 *
 * <p>Type 0 commands are laid out by {@link PldmBaseCodec}, type 2 by {@link PlatformCodec}, type 4
 * by {@link FruCodec}; other types and commands decode to {@link OtherRequest} / {@link OtherResponse}
 * and round-trip. A failing completion code decodes to {@link ErrorResponse}.
 *
 * <p>Stateless. Malformed input raises {@link PldmFormatException} (offset and field), nothing else.
 */
public final class PldmCodec {
    /** MCTP message type byte: IC = 0, type 1 (DSP0239). */
    public static final int TYPE_BYTE = 0x01;
    /** Offset of the first data byte: type byte and 3-byte header. */
    static final int DATA_OFFSET = 1 + PldmHeader.LENGTH;

    private PldmCodec() {
    }

    /** The whole MCTP message body: type byte, header (D = 0), data. */
    public static Bytes encode(PldmMessage message) {
        return encode(message, false);
    }

    /** A request sent as an unacknowledged datagram (Rq = 1, D = 1; DSP0240 "PLDM message common fields"). */
    public static Bytes encodeUnacknowledged(PldmRequest request) {
        return encode(request, true);
    }

    private static Bytes encode(PldmMessage message, boolean datagram) {
        WireWriter w = new WireWriter().u8(TYPE_BYTE);
        new PldmHeader(message instanceof PldmRequest, datagram, message.instanceId(), PldmHeader.VERSION, message.command()).write(w);
        if (message instanceof PldmResponse response) {
            w.u8(response.completionCode().code());
        }
        if (message instanceof OtherRequest o) {
            w.bytes(o.data());
        } else if (message instanceof OtherResponse o) {
            w.bytes(o.data());
        } else if (!(message instanceof ErrorResponse)) {
            PldmType type = message.command().type();
            if (type.equals(PldmType.BASE)) {
                PldmBaseCodec.encode(message, w);
            } else if (type.equals(PldmType.PLATFORM)) {
                PlatformCodec.encode(message, w);
            } else {
                FruCodec.encode(message, w);
            }
        }
        return w.toBytes();
    }

    /** Decodes a request or a response, whichever the Rq bit says. */
    public static PldmMessage decode(Bytes message) {
        PldmHeader header = PldmHeader.read(message);
        if (header.headerVersion() != PldmHeader.VERSION) {
            throw new PldmFormatException(2, "header version", "DSP0240 defines header version 0 only, was " + header.headerVersion());
        }
        if (!header.request() && header.datagram()) {
            throw new PldmFormatException(1, "Rq/D", "Rq = 0 with D = 1 is reserved");
        }
        WireReader r = new WireReader(message, DATA_OFFSET, message.length());
        try {
            return header.request() ? request(header, r) : response(header, r);
        } catch (IllegalArgumentException e) {
            throw new PldmFormatException(r.offset(), header.command().label(), e.getMessage());
        }
    }

    /** Decodes a request (Rq = 1), as a terminus receives it. */
    public static PldmRequest decodeRequest(Bytes message) {
        PldmMessage m = decode(message);
        if (m instanceof PldmRequest request) {
            return request;
        }
        throw new PldmFormatException(1, "Rq", "expected a request (Rq = 1) but Rq = 0");
    }

    /** Decodes a response (Rq = 0). */
    public static PldmResponse decodeResponse(Bytes message) {
        PldmMessage m = decode(message);
        if (m instanceof PldmResponse response) {
            return response;
        }
        throw new PldmFormatException(1, "Rq", "expected a response (Rq = 0) but Rq = 1");
    }

    /** Decodes the response to {@code request}: it must echo the instance ID, PLDM type and command (DSP0240). */
    public static PldmResponse decodeResponse(Bytes message, PldmRequest request) {
        PldmResponse response = decodeResponse(message);
        if (response.instanceId() != request.instanceId()) {
            throw new PldmFormatException(1, "Instance ID", "response carries instance ID " + response.instanceId()
                    + " but the request used " + request.instanceId());
        }
        if (!response.command().equals(request.command())) {
            throw new PldmFormatException(2, "PLDM type/command", "response is " + response.command()
                    + " but the request was " + request.command());
        }
        return response;
    }

    private static PldmRequest request(PldmHeader h, WireReader r) {
        PldmType type = h.command().type();
        PldmRequest decoded = null;
        if (type.equals(PldmType.BASE)) {
            decoded = PldmBaseCodec.decodeRequest(h.instanceId(), h.command().code(), r);
        } else if (type.equals(PldmType.PLATFORM)) {
            decoded = PlatformCodec.decodeRequest(h.instanceId(), h.command().code(), r);
        } else if (type.equals(PldmType.FRU)) {
            decoded = FruCodec.decodeRequest(h.instanceId(), h.command().code(), r);
        }
        return decoded != null ? decoded : new OtherRequest(h.instanceId(), h.command(), r.rest());
    }

    private static PldmResponse response(PldmHeader h, WireReader r) {
        CompletionCode cc = new CompletionCode(r.u8("completion code"));
        if (!cc.isSuccess()) {
            return new ErrorResponse(h.instanceId(), h.command(), cc);
        }
        PldmType type = h.command().type();
        PldmResponse decoded = null;
        if (type.equals(PldmType.BASE)) {
            decoded = PldmBaseCodec.decodeResponse(h.instanceId(), h.command().code(), r);
        } else if (type.equals(PldmType.PLATFORM)) {
            decoded = PlatformCodec.decodeResponse(h.instanceId(), h.command().code(), r);
        } else if (type.equals(PldmType.FRU)) {
            decoded = FruCodec.decodeResponse(h.instanceId(), h.command().code(), r);
        }
        return decoded != null ? decoded : new OtherResponse(h.instanceId(), h.command(), r.rest());
    }

    /** Reads a PLDMType byte of request data (u8 on the wire, 0..63 defined). */
    static PldmType pldmType(WireReader r, String field) {
        int at = r.offset();
        int v = r.u8(field);
        if (v > 0x3F) {
            throw new PldmFormatException(at, field, "a PLDM type is 0..63, was " + v);
        }
        return new PldmType(v);
    }
}
