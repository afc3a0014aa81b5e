package org.bmcplatform.mctp.inspect;

import static org.bmcplatform.mctp.inspect.FieldList.hex8;

import java.io.ByteArrayOutputStream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.serial.SerialFraming;
import org.bmcplatform.mctp.binding.smbus.SmbusFraming;
import org.bmcplatform.mctp.checksum.Crc8Smbus;
import org.bmcplatform.mctp.checksum.Fcs16;

/**
 * Takes a captured frame apart for people (the admin console's {@code decode smbus|serial <hex>} and
 * {@code decode pcap <file>}):
 * binding fields, then the MCTP transport header, the message type and, for control messages, the
 * control header and each command field. A frame that would be dropped is reported invalid with
 * the reason, and still lists everything that could be read.
 */
public final class FrameInspector {
    private FrameInspector() {
    }

    /**
     * A bare MCTP packet as a LINKTYPE_MCTP capture holds it (no binding framing): transport header
     * (DSP0236 §8.1), message type and, for a whole control message, its header and command fields.
     */
    public static Inspection packet(Bytes packet) {
        FieldList out = new FieldList();
        PacketFields.add(out, packet);
        return out.result();
    }

    /** A DSP0237 frame as the PEC covers it: destination address byte first, PEC last. */
    public static Inspection smbus(Bytes frame) {
        FieldList out = new FieldList();
        if (frame.length() < SmbusFraming.OVERHEAD) {
            out.add("smbus.frame", frame.toHex());
            out.fail("SMBus frame of " + frame.length() + " bytes is shorter than its " + SmbusFraming.OVERHEAD
                    + " fixed bytes (address, command, byte count, source, PEC)");
            return out.result();
        }
        int dest = frame.get(0);
        out.add("smbus.destination", hex8(dest >>> 1) + ((dest & 1) == 0 ? " (write)" : " (read: not an MCTP write)"));
        if ((dest & 1) != 0) {
            out.fail("destination address byte has the read bit set");
        }
        int command = frame.get(1);
        out.add("smbus.command", hex8(command) + (command == SmbusFraming.COMMAND_CODE ? " (MCTP)" : " (not MCTP)"));
        if (command != SmbusFraming.COMMAND_CODE) {
            out.fail("command code " + hex8(command) + " is not 0x0f (MCTP)");
        }
        int count = frame.get(2);
        out.add("smbus.byteCount", count + " (source address + " + (count - 1) + "-byte packet)");
        if (count + 4 != frame.length()) {
            out.fail("byte count " + count + " disagrees with a frame of " + frame.length() + " bytes (expected "
                    + (frame.length() - 4) + ")");
        }
        int src = frame.get(3);
        out.add("smbus.source", hex8(src >>> 1));
        if ((src & 1) == 0) {
            out.fail("source address byte " + hex8(src) + " does not have bit 0 set");
        }
        int pecAt = frame.length() - 1;
        int computed = Crc8Smbus.compute(frame, 0, pecAt);
        boolean pecOk = computed == frame.get(pecAt);
        out.add("smbus.pec", hex8(frame.get(pecAt)) + (pecOk ? " (ok)" : " (computed " + hex8(computed) + ")"));
        if (!pecOk) {
            out.fail("PEC mismatch: received " + hex8(frame.get(pecAt)) + ", computed " + hex8(computed));
        }
        PacketFields.add(out, frame.slice(SmbusFraming.HEADER_LENGTH, pecAt));
        return out.result();
    }

    /** One DSP0253 frame: opening flag, revision, byte count, escaped packet, FCS (high byte first), closing flag. */
    public static Inspection serial(Bytes frame) {
        FieldList out = new FieldList();
        int i = 0;
        if (frame.isEmpty() || frame.get(0) != SerialFraming.FLAG) {
            out.fail("a serial frame starts with the framing flag 0x7e");
        } else {
            i = 1;
        }
        if (frame.length() < i + 2) {
            out.add("serial.frame", frame.toHex());
            out.fail("serial frame of " + frame.length() + " bytes ends before its revision and byte count");
            return out.result();
        }
        int revision = frame.get(i);
        out.add("serial.revision", hex8(revision));
        if (revision != SerialFraming.REVISION) {
            out.fail("serial protocol revision " + hex8(revision) + " is not 0x01");
        }
        int count = frame.get(i + 1);
        out.add("serial.byteCount", Integer.toString(count));
        i += 2;
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        while (i < frame.length() && packet.size() < count) {
            int b = frame.get(i++);
            if (b == SerialFraming.FLAG) {
                i--;
                break;
            }
            if (b == SerialFraming.ESCAPE) {
                if (i >= frame.length()) {
                    break;
                }
                b = frame.get(i++) ^ 0x20;
            }
            packet.write(b);
        }
        Bytes unescaped = Bytes.wrap(packet.toByteArray());
        boolean complete = unescaped.length() == count && i + 3 <= frame.length();
        if (!complete) {
            out.add("serial.packet", unescaped.toHex());
            out.fail("frame ends after " + unescaped.length() + " of " + count + " packet bytes, before its FCS and closing flag");
            return out.result();
        }
        int received = (frame.get(i) << 8) | frame.get(i + 1);
        int computed = Fcs16.compute(Bytes.ofUnsigned(revision, count).concat(unescaped));
        boolean fcsOk = received == computed;
        out.add("serial.fcs", String.format("0x%04x", received) + (fcsOk ? " (ok)" : String.format(" (computed 0x%04x)", computed)));
        if (!fcsOk) {
            out.fail(String.format("FCS mismatch: received 0x%04x, computed 0x%04x", received, computed));
        }
        if (frame.get(i + 2) != SerialFraming.FLAG) {
            out.fail("byte " + hex8(frame.get(i + 2)) + " at offset " + (i + 2) + " where the closing flag 0x7e belongs");
        } else if (i + 3 != frame.length()) {
            out.fail((frame.length() - i - 3) + " byte(s) after the closing flag");
        }
        PacketFields.add(out, unescaped);
        return out.result();
    }
}
