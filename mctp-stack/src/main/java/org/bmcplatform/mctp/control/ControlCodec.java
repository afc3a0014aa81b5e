package org.bmcplatform.mctp.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;

/**
 * Encodes and decodes whole control messages (DSP0236 §11-12), message type byte 0x00 first.
 * Non-success responses are encoded without data after the completion code; on decode any data
 * after a non-success completion code is ignored (reference mctp-stack.md §4.1). Stateless.
 */
public final class ControlCodec {
    /** Offset of the completion code in a response (type, Rq/D/IID, command, CC). */
    public static final int COMPLETION_CODE_OFFSET = 3;

    private ControlCodec() {
    }

    public static Bytes encode(ControlMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(MessageType.CONTROL.code());
        out.write(m.header().flagsByte());
        out.write(m.command().code());
        if (m instanceof ControlRequest q) {
            encodeRequest(q, out);
        } else if (m instanceof ControlResponse r) {
            out.write(r.completionCode().code());
            if (r instanceof GenericResponse g) {
                out.writeBytes(g.data().toArray());
            } else if (r.isSuccess()) {
                encodeResponseData(r, out);
            }
        }
        return Bytes.wrap(out.toByteArray());
    }

    private static void encodeRequest(ControlRequest q, ByteArrayOutputStream out) {
        if (q instanceof SetEndpointIdRequest s) {
            out.write(s.operation().code());
            out.write(s.eid().value());
        } else if (q instanceof GetMctpVersionSupportRequest v) {
            out.write(v.messageType());
        } else if (q instanceof GetVendorDefinedMessageSupportRequest v) {
            out.write(v.selector());
        } else if (q instanceof GenericRequest g) {
            out.writeBytes(g.data().toArray());
        }
    }

    private static void encodeResponseData(ControlResponse r, ByteArrayOutputStream out) {
        if (r instanceof SetEndpointIdResponse s) {
            out.write((s.assignmentStatus() << 4) | s.poolStatus());
            out.write(s.eid().value());
            out.write(s.poolSize());
        } else if (r instanceof GetEndpointIdResponse g) {
            out.write(g.eid().value());
            out.write(g.typeByte());
            out.write(g.mediumSpecific());
        } else if (r instanceof GetEndpointUuidResponse u) {
            out.writeBytes(ByteBuffer.allocate(16).putLong(u.uuid().getMostSignificantBits())
                    .putLong(u.uuid().getLeastSignificantBits()).array());
        } else if (r instanceof GetMctpVersionSupportResponse v) {
            out.write(v.versions().size());
            for (MctpVersion e : v.versions()) {
                out.write(e.major());
                out.write(e.minor());
                out.write(e.update());
                out.write(e.alpha());
            }
        } else if (r instanceof GetMessageTypeSupportResponse t) {
            out.write(t.messageTypes().size());
            t.messageTypes().forEach(mt -> out.write(mt.code()));
        } else if (r instanceof GetVendorDefinedMessageSupportResponse v) {
            VendorDefinedSupport s = v.support().orElseThrow();
            out.write(v.nextSelector());
            out.write(s.format());
            if (s.format() == VendorDefinedSupport.FORMAT_PCI) {
                out.write((int) (s.vendorId() >>> 8));
                out.write((int) s.vendorId());
            } else {
                out.writeBytes(ByteBuffer.allocate(4).putInt((int) s.vendorId()).array());
            }
            out.write(s.commandSetType() >>> 8);
            out.write(s.commandSetType());
        }
    }

    /** Reads the header only: type byte, Rq/D/IID and command. */
    public static ControlHeader decodeHeader(Bytes message) {
        WireReader r = new WireReader(message);
        return readHeader(r);
    }

    private static ControlHeader readHeader(WireReader r) {
        int type = r.u8("message type");
        if (type != MessageType.CONTROL.code()) {
            throw new ControlDecodeException(0, "message type", String.format("0x%02x is not a control message (IC=0, type 0)", type));
        }
        int flags = r.u8("Rq/D/instance ID");
        int command = r.u8("command code");
        return new ControlHeader((flags & 0x80) != 0, (flags & 0x40) != 0, flags & 0x1F, ControlCommand.of(command));
    }

    /** Decodes a whole control message. @throws ControlDecodeException naming the offset and field */
    public static ControlMessage decode(Bytes message) {
        WireReader r = new WireReader(message);
        ControlHeader h = readHeader(r);
        ControlMessage m = h.request() ? decodeRequest(h, r) : decodeResponse(h, r);
        r.end();
        return m;
    }

    private static ControlRequest decodeRequest(ControlHeader h, WireReader r) {
        int iid = h.instanceId();
        switch (h.command().code()) {
            case 0x01: {
                int op = r.u8("operation") & 0x03;
                return new SetEndpointIdRequest(iid, SetEidOperation.of(op), EndpointId.of(r.u8("endpoint ID")));
            }
            case 0x02:
                return new GetEndpointIdRequest(iid);
            case 0x03:
                return new GetEndpointUuidRequest(iid);
            case 0x04:
                return new GetMctpVersionSupportRequest(iid, r.u8("message type number"));
            case 0x05:
                return new GetMessageTypeSupportRequest(iid);
            case 0x06:
                return new GetVendorDefinedMessageSupportRequest(iid, r.u8("vendor ID set selector"));
            default:
                return new GenericRequest(iid, h.command(), r.rest());
        }
    }

    private static ControlResponse decodeResponse(ControlHeader h, WireReader r) {
        int iid = h.instanceId();
        CompletionCode cc = CompletionCode.of(r.u8("completion code"));
        int command = h.command().code();
        if (command < 0x01 || command > 0x06) {
            return new GenericResponse(iid, h.command(), cc, r.rest());
        }
        if (!cc.isSuccess()) {
            r.rest();
            return failure(command, iid, cc);
        }
        switch (command) {
            case 0x01: {
                int status = r.u8("status");
                return new SetEndpointIdResponse(iid, cc, (status >>> 4) & 0x03, status & 0x03,
                        EndpointId.of(r.u8("EID setting")), r.u8("EID pool size"));
            }
            case 0x02: {
                EndpointId eid = EndpointId.of(r.u8("endpoint ID"));
                int type = r.u8("endpoint type");
                return new GetEndpointIdResponse(iid, cc, eid, (type >>> 4) & 0x03, type & 0x03, r.u8("medium-specific information"));
            }
            case 0x03: {
                long msb = r.u32("UUID") << 32 | r.u32("UUID");
                long lsb = r.u32("UUID") << 32 | r.u32("UUID");
                return new GetEndpointUuidResponse(iid, cc, new UUID(msb, lsb));
            }
            case 0x04: {
                int n = r.u8("version number entry count");
                List<MctpVersion> versions = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String f = "version number entry " + (i + 1);
                    versions.add(new MctpVersion(r.u8(f), r.u8(f), r.u8(f), r.u8(f)));
                }
                return new GetMctpVersionSupportResponse(iid, cc, versions);
            }
            case 0x05: {
                int n = r.u8("message type count");
                List<MessageType> types = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int at = r.offset();
                    int t = r.u8("message type " + (i + 1));
                    if (t > 0x7F) {
                        throw new ControlDecodeException(at, "message type " + (i + 1), String.format("0x%02x is not a 7-bit type", t));
                    }
                    types.add(MessageType.of(t));
                }
                return new GetMessageTypeSupportResponse(iid, cc, types);
            }
            default: {
                int next = r.u8("vendor ID set selector");
                int at = r.offset();
                int format = r.u8("vendor ID format");
                long vendorId;
                if (format == VendorDefinedSupport.FORMAT_PCI) {
                    vendorId = r.u16("PCI vendor ID");
                } else if (format == VendorDefinedSupport.FORMAT_IANA) {
                    vendorId = r.u32("IANA enterprise number");
                } else {
                    throw new ControlDecodeException(at, "vendor ID format", String.format("0x%02x is neither PCI (0) nor IANA (1)", format));
                }
                return new GetVendorDefinedMessageSupportResponse(iid, cc, next,
                        Optional.of(new VendorDefinedSupport(format, vendorId, r.u16("command set type"))));
            }
        }
    }

    private static ControlResponse failure(int command, int iid, CompletionCode cc) {
        switch (command) {
            case 0x01:
                return SetEndpointIdResponse.failure(iid, cc);
            case 0x02:
                return GetEndpointIdResponse.failure(iid, cc);
            case 0x03:
                return GetEndpointUuidResponse.failure(iid, cc);
            case 0x04:
                return GetMctpVersionSupportResponse.failure(iid, cc);
            case 0x05:
                return GetMessageTypeSupportResponse.failure(iid, cc);
            default:
                return GetVendorDefinedMessageSupportResponse.failure(iid, cc);
        }
    }
}
