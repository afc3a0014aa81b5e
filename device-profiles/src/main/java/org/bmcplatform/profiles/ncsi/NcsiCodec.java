package org.bmcplatform.profiles.ncsi;

import org.bmcplatform.mctp.Bytes;

/**
 * Encodes and decodes NC-SI control packets over MCTP (DSP0222 "Control packet format", DSP0261),
 * commands, responses and AENs alike, so a requester and a simulated NIC speak through the same code.
 *
 * <p>Like {@code PldmCodec} and {@code NvmeMiCodec}, the codec works on the whole MCTP message body
 * as {@code MctpEndpoint} carries it: byte 0 is the MCTP message type byte, 0x02 for NC-SI control
 * with IC = 0 (the reference names no MCTP integrity check for NC-SI, so 0x82 is rejected), then the
 * 16-byte control packet header (no Ethernet header, no 64-byte frame minimum): MC ID, header
 * revision 0x01, reserved, IID, control packet type, Channel ID, payload length (low 12 bits;
 * the upper 4 are reserved), 8 reserved bytes; then the payload, zero pad to a 32-bit boundary and
 * the 4-byte {@link NcsiChecksum}. Error offsets count from the type byte; vectors written without
 * the type byte need it prefixed. All multi-byte fields are big-endian.
 *
 * <p>On encode the codec writes the header revision, packet type, payload length, zero reserved
 * bytes and pad, and always computes the checksum. On decode it accepts a checksum of 0 as "not
 * computed" (what phosphor-networkd sends over MCTP), rejects any other value that does not match,
 * and ignores the reserved bytes, the reserved upper bits of the length and the pad content, as a
 * receiver must; such a packet decodes to the same value as its canonical form and re-encodes to
 * that form. Everything else round-trips byte for byte.
 *
 * <p>Stateless. Malformed input raises {@link NcsiFormatException} (offset and field), nothing else;
 * a refusal (response code other than Command Completed) is an {@link ErrorResponse} value.
 */
public final class NcsiCodec {
    /** MCTP message type byte: IC = 0, type 2 (DSP0239). */
    public static final int TYPE_BYTE = 0x02;
    /** The only control packet header revision (Linux rejects responses with any other). */
    public static final int HEADER_REVISION = 0x01;
    /** Control packet header length, without the MCTP type byte. */
    public static final int HEADER_LENGTH = 16;
    /** Offset of the first payload byte: type byte and header. */
    static final int PAYLOAD_OFFSET = 1 + HEADER_LENGTH;
    private static final int CHECKSUM_LENGTH = 4;

    private NcsiCodec() {
    }

    /** The whole MCTP message body: type byte, header, payload, pad, checksum. */
    public static Bytes encode(NcsiPacket packet) {
        WireWriter payload = new WireWriter();
        PayloadCodec.encode(packet, payload);
        ControlHeader h = packet.header();
        WireWriter w = new WireWriter().u8(TYPE_BYTE).u8(h.mcId()).u8(HEADER_REVISION).u8(0).u8(h.instanceId())
                .u8(packet.packetType()).u8(h.channel().code()).u16(payload.length()).zeros(8).bytes(payload.toBytes());
        long checksum = NcsiChecksum.of(w.toBytes(1));
        return w.zeros(pad(payload.length())).u32(checksum).toBytes();
    }

    /** Decodes a command, a response or an AEN, whichever the control packet type says. */
    public static NcsiPacket decode(Bytes message) {
        WireReader r = new WireReader(message);
        int type = r.u8("MCTP message type");
        if (type != TYPE_BYTE) {
            throw new NcsiFormatException(0, "MCTP message type",
                    String.format("expected 0x02 (NC-SI control, IC = 0), was 0x%02x", type));
        }
        int mcId = r.u8("MC ID");
        int revision = r.u8("header revision");
        if (revision != HEADER_REVISION) {
            throw new NcsiFormatException(2, "header revision", String.format("expected 0x01, was 0x%02x", revision));
        }
        r.skip(1, "reserved");
        int iid = r.u8("IID");
        int packetType = r.u8("control packet type");
        ChannelId channel = ChannelId.ofCode(r.u8("channel ID"));
        int length = r.u16("payload length") & 0x0FFF;
        r.skip(8, "reserved");
        int payloadEnd = PAYLOAD_OFFSET + length;
        r.skip(length, "payload");
        r.skip(pad(length), "payload pad");
        int checksumAt = r.offset();
        long received = r.u32("checksum");
        r.end("packet");
        if (received != NcsiChecksum.NOT_COMPUTED) {
            long computed = NcsiChecksum.of(message, 1, payloadEnd);
            if (received != computed) {
                throw new NcsiFormatException(checksumAt, "checksum",
                        String.format("is 0x%08x but header and payload sum to 0x%08x", received, computed));
            }
        }
        ControlHeader header = new ControlHeader(mcId, iid, channel);
        WireReader p = new WireReader(message, PAYLOAD_OFFSET, payloadEnd);
        try {
            if (packetType == NcsiAen.PACKET_TYPE) {
                return PayloadCodec.aen(header, p);
            }
            if (packetType >= 0x80) {
                return PayloadCodec.response(header, new NcsiCommand(packetType & 0x7F), p);
            }
            return PayloadCodec.request(header, new NcsiCommand(packetType), p);
        } catch (IllegalArgumentException e) {
            throw new NcsiFormatException(p.offset(), String.format("control packet type 0x%02x", packetType), e.getMessage());
        }
    }

    /** Decodes a command (control packet type 0x00..0x7F), as a NIC receives it. */
    public static NcsiRequest decodeRequest(Bytes message) {
        NcsiPacket p = decode(message);
        if (p instanceof NcsiRequest request) {
            return request;
        }
        throw new NcsiFormatException(5, "control packet type", "expected a command (0x00..0x7f), was 0x"
                + Integer.toHexString(p.packetType()));
    }

    /** Decodes a response (control packet type 0x80..0xFE). */
    public static NcsiResponse decodeResponse(Bytes message) {
        NcsiPacket p = decode(message);
        if (p instanceof NcsiResponse response) {
            return response;
        }
        throw new NcsiFormatException(5, "control packet type", "expected a response (0x80..0xfe), was 0x"
                + Integer.toHexString(p.packetType()));
    }

    /** Decodes the response to {@code request}: it must echo the request's IID and answer its command. */
    public static NcsiResponse decodeResponse(Bytes message, NcsiRequest request) {
        NcsiResponse response = decodeResponse(message);
        if (response.header().instanceId() != request.header().instanceId()) {
            throw new NcsiFormatException(4, "IID", "response carries IID " + response.header().instanceId()
                    + " but the request used " + request.header().instanceId());
        }
        if (!response.command().equals(request.command())) {
            throw new NcsiFormatException(5, "control packet type", "response answers " + response.command()
                    + " but the request was " + request.command());
        }
        return response;
    }

    /** Pad bytes after a payload of {@code length} bytes, so the checksum starts 32-bit aligned. */
    static int pad(int length) {
        return -length & 3;
    }
}
