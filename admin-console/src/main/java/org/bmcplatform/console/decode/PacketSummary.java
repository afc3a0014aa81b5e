package org.bmcplatform.console.decode;

import java.util.ArrayList;
import java.util.List;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.control.CompletionCode;
import org.bmcplatform.mctp.control.ControlCodec;
import org.bmcplatform.mctp.control.ControlDecodeException;
import org.bmcplatform.mctp.control.ControlHeader;
import org.bmcplatform.mctp.inspect.FrameInspector;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.packet.PacketDecoding;
import org.bmcplatform.mctp.packet.PacketHeader;

/**
 * One line for one MCTP packet, as a capture listing shows it: {@code 8 -> 9  TO tag 0  SOM EOM seq 0
 * control request Get Endpoint ID (iid 0)}. Transport header from DSP0236 §8.1, control header from §11.5.
 */
final class PacketSummary {

    private PacketSummary() {
    }

    static String of(Bytes packet) {
        PacketDecoding decoding = PacketCodec.decode(packet);
        if (decoding instanceof PacketDecoding.Rejected) {
            return "INVALID: " + FrameInspector.packet(packet).error().orElse(((PacketDecoding.Rejected) decoding).detail());
        }
        var decoded = ((PacketDecoding.Decoded) decoding).packet();
        PacketHeader h = decoded.header();
        List<String> parts = new ArrayList<>();
        parts.add(h.source() + " -> " + h.destination());
        parts.add((h.tagOwner() ? "TO " : "") + "tag " + h.tag());
        parts.add((h.som() ? "SOM " : "") + (h.eom() ? "EOM " : "") + "seq " + h.sequence());
        parts.add(message(h, decoded.payload()));
        return String.join("  ", parts);
    }

    private static String message(PacketHeader h, Bytes payload) {
        if (!h.som()) {
            return "continued, " + payload.length() + " payload bytes";
        }
        if (payload.isEmpty()) {
            return "INVALID: a start-of-message packet carries at least the message type byte";
        }
        boolean ic = (payload.get(0) & 0x80) != 0;
        MessageType type = MessageType.of(payload.get(0) & 0x7F);
        String label = type.label() + (ic ? " (integrity check)" : "");
        if (!type.equals(MessageType.CONTROL) || ic) {
            return h.eom() ? label : label + ", first of several packets";
        }
        try {
            ControlHeader c = ControlCodec.decodeHeader(payload);
            StringBuilder s = new StringBuilder("control ").append(c.request() ? "request " : "response ")
                    .append(c.command().label()).append(" (iid ").append(c.instanceId()).append(')');
            if (!c.request() && payload.length() > ControlCodec.COMPLETION_CODE_OFFSET) {
                s.append(": ").append(CompletionCode.of(payload.get(ControlCodec.COMPLETION_CODE_OFFSET)).label());
            }
            return s.toString();
        } catch (ControlDecodeException e) {
            return "control, INVALID: " + e.getMessage();
        }
    }
}
