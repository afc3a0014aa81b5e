package org.bmcplatform.mctp.inspect;

import static org.bmcplatform.mctp.inspect.FieldList.hex8;

import java.util.stream.Collectors;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.control.ControlCodec;
import org.bmcplatform.mctp.control.ControlDecodeException;
import org.bmcplatform.mctp.control.ControlHeader;
import org.bmcplatform.mctp.control.ControlMessage;
import org.bmcplatform.mctp.control.ControlResponse;
import org.bmcplatform.mctp.control.GenericRequest;
import org.bmcplatform.mctp.control.GenericResponse;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.mctp.control.GetEndpointUuidResponse;
import org.bmcplatform.mctp.control.GetMctpVersionSupportRequest;
import org.bmcplatform.mctp.control.GetMctpVersionSupportResponse;
import org.bmcplatform.mctp.control.GetMessageTypeSupportResponse;
import org.bmcplatform.mctp.control.GetVendorDefinedMessageSupportRequest;
import org.bmcplatform.mctp.control.GetVendorDefinedMessageSupportResponse;
import org.bmcplatform.mctp.control.SetEndpointIdRequest;
import org.bmcplatform.mctp.control.SetEndpointIdResponse;
import org.bmcplatform.mctp.control.VendorDefinedSupport;

/** The control header (DSP0236 §11.5) and each field of a control command (DSP0236 §12). */
final class ControlFields {
    private ControlFields() {
    }

    static void add(FieldList out, Bytes message) {
        ControlHeader h;
        try {
            h = ControlCodec.decodeHeader(message);
        } catch (ControlDecodeException e) {
            out.fail("control: " + e.getMessage());
            return;
        }
        out.add("control.rq", h.request() ? "1 (request)" : "0 (response)");
        out.add("control.datagram", Boolean.toString(h.datagram()));
        out.add("control.instanceId", Integer.toString(h.instanceId()));
        out.add("control.command", h.command().label() + " (" + hex8(h.command().code()) + ")");
        if (!h.request() && message.length() > ControlCodec.COMPLETION_CODE_OFFSET) {
            int cc = message.get(ControlCodec.COMPLETION_CODE_OFFSET);
            out.add("control.completionCode", org.bmcplatform.mctp.control.CompletionCode.of(cc).label() + " (" + hex8(cc) + ")");
        }
        ControlMessage m;
        try {
            m = ControlCodec.decode(message);
        } catch (ControlDecodeException e) {
            out.fail("control: " + e.getMessage());
            return;
        }
        if (m instanceof ControlResponse r && !r.isSuccess() && !(r instanceof GenericResponse)) {
            return;
        }
        addBody(out, m);
    }

    private static void addBody(FieldList out, ControlMessage m) {
        if (m instanceof SetEndpointIdRequest s) {
            out.add("control.operation", s.operation().name().toLowerCase().replace('_', ' ') + " (" + s.operation().code() + ")");
            out.add("control.eid", s.eid().toString());
        } else if (m instanceof SetEndpointIdResponse s) {
            out.add("control.assignmentStatus", s.assignmentStatus() == 0 ? "accepted (0)" : s.assignmentStatus() == 1
                    ? "rejected (1)" : "reserved (" + s.assignmentStatus() + ")");
            out.add("control.poolStatus", new String[] {"no pool (0)", "pool required (1)", "pool already received (2)",
                "reserved (3)"}[s.poolStatus()]);
            out.add("control.eid", s.eid().toString());
            out.add("control.poolSize", Integer.toString(s.poolSize()));
        } else if (m instanceof GetEndpointIdResponse g) {
            out.add("control.eid", g.eid().value() == 0 ? "0 (not assigned)" : g.eid().toString());
            out.add("control.endpointType", GetEndpointIdResponse.endpointTypeLabel(g.endpointType()) + " (" + g.endpointType() + ")");
            out.add("control.eidType", GetEndpointIdResponse.eidTypeLabel(g.eidType()) + " (" + g.eidType() + ")");
            out.add("control.mediumSpecific", hex8(g.mediumSpecific()));
        } else if (m instanceof GetEndpointUuidResponse u) {
            out.add("control.uuid", u.uuid().toString());
        } else if (m instanceof GetMctpVersionSupportRequest v) {
            out.add("control.messageTypeNumber", v.messageType() == 0xFF ? "base specification (0xff)" : hex8(v.messageType()));
        } else if (m instanceof GetMctpVersionSupportResponse v) {
            out.add("control.versionCount", Integer.toString(v.versions().size()));
            for (int i = 0; i < v.versions().size(); i++) {
                var e = v.versions().get(i);
                out.add("control.version[" + i + "]", e.label() + String.format(" (%02x %02x %02x %02x)", e.major(), e.minor(),
                        e.update(), e.alpha()));
            }
        } else if (m instanceof GetMessageTypeSupportResponse t) {
            out.add("control.messageTypeCount", Integer.toString(t.messageTypes().size()));
            out.add("control.messageTypes", t.messageTypes().stream().map(x -> x.label() + " (" + hex8(x.code()) + ")")
                    .collect(Collectors.joining(", ")));
        } else if (m instanceof GetVendorDefinedMessageSupportRequest v) {
            out.add("control.selector", Integer.toString(v.selector()));
        } else if (m instanceof GetVendorDefinedMessageSupportResponse v) {
            out.add("control.nextSelector", v.nextSelector() == 0xFF ? "none, last set (0xff)" : Integer.toString(v.nextSelector()));
            VendorDefinedSupport s = v.support().orElseThrow();
            boolean pci = s.format() == VendorDefinedSupport.FORMAT_PCI;
            out.add("control.vendorIdFormat", pci ? "PCI vendor ID (0x00)" : "IANA enterprise number (0x01)");
            out.add("control.vendorId", pci ? String.format("0x%04x", s.vendorId()) : Long.toString(s.vendorId()));
            out.add("control.commandSetType", String.format("0x%04x", s.commandSetType()));
        } else if (m instanceof GenericRequest g && !g.data().isEmpty()) {
            out.add("control.data", g.data().toHex());
        } else if (m instanceof GenericResponse g && !g.data().isEmpty()) {
            out.add("control.data", g.data().toHex());
        }
    }
}
