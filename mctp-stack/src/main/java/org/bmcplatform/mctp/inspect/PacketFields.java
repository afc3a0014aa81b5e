package org.bmcplatform.mctp.inspect;

import static org.bmcplatform.mctp.inspect.FieldList.hex8;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MessageType;

/** The transport header (DSP0236 §8.1, Table 1) and the message header of an MCTP packet. */
final class PacketFields {
    private PacketFields() {
    }

    static void add(FieldList out, Bytes packet) {
        if (packet.length() < 4) {
            out.add("mctp.packet", packet.toHex());
            out.fail("MCTP packet of " + packet.length() + " bytes is shorter than its 4-byte header");
            return;
        }
        int version = packet.get(0) & 0x0F;
        out.add("mctp.version", Integer.toString(version));
        if (version != 1) {
            out.fail("transport header version " + version + " is not 1");
        }
        out.add("mctp.destination", eid(packet.get(1)));
        out.add("mctp.source", eid(packet.get(2)));
        int flags = packet.get(3);
        boolean som = (flags & 0x80) != 0;
        out.add("mctp.som", Boolean.toString(som));
        out.add("mctp.eom", Boolean.toString((flags & 0x40) != 0));
        out.add("mctp.sequence", Integer.toString((flags >>> 4) & 0x03));
        out.add("mctp.tagOwner", (flags & 0x08) != 0 ? "1 (request, tag owned by the sender)" : "0 (response)");
        out.add("mctp.tag", Integer.toString(flags & 0x07));
        Bytes payload = packet.slice(4);
        if (!som) {
            out.add("mctp.payload", payload.toHex());
            return;
        }
        if (payload.isEmpty()) {
            out.fail("a start-of-message packet carries at least the message type byte");
            return;
        }
        boolean ic = (payload.get(0) & 0x80) != 0;
        MessageType type = MessageType.of(payload.get(0) & 0x7F);
        out.add("message.integrityCheck", Boolean.toString(ic));
        out.add("message.type", type.label() + " (" + hex8(type.code()) + ")");
        if (type.equals(MessageType.CONTROL) && !ic && (flags & 0x40) != 0) {
            ControlFields.add(out, payload);
        } else {
            out.add("message.body", payload.slice(1).toHex());
        }
    }

    private static String eid(int v) {
        String kind = v == 0 ? "null" : v == 0xFF ? "broadcast" : v < 8 ? "reserved" : null;
        return kind == null ? Integer.toString(v) : v + " (" + kind + ")";
    }
}
