package org.bmcplatform.sim.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.control.VendorDefinedSupport;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the fields of an {@code mctp-endpoint}: identity (UUID), description, message types, static EID
 * and vendor-defined message support (DSP0236 §12.6-§12.8), and checks they agree with each other.
 */
final class EndpointReader {
    static final Set<String> KEYS = Set.of("description", "message-types", "static-eid", "vendor-types");
    static final int DESCRIPTION_MAX = 120;

    private final String file;
    private final MctpSpec mctp;
    private final Map<EndpointId, String> staticEids = new HashMap<>();

    EndpointReader(String file, MctpSpec mctp) {
        this.file = file;
        this.mctp = mctp;
    }

    MctpEndpointSpec read(MappingReader c, ComponentReader.Placement at, BusSpec bus) {
        MappingReader identity = c.mapping("identity").allowOnly("uuid");
        String description = c.has("description") ? ComponentReader.ascii(c, "description", DESCRIPTION_MAX) : "";
        Set<MessageType> types = messageTypes(c);
        Optional<EndpointId> staticEid = staticEid(c, at.id());
        if (bus.role() == BusSpec.Role.ENDPOINT && staticEid.isEmpty()) {
            throw c.error("static-eid", "required: on " + bus.name() + " (role endpoint) this component is the bus owner, "
                    + "and a bus owner holds its own EID");
        }
        List<VendorDefinedSupport> vendor = vendorTypes(c, types);
        return new MctpEndpointSpec(at.id(), at.bus(), at.address(), at.slot(), description, ComponentReader.uuid(identity),
                types, staticEid, vendor, at.turnaround(), at.present());
    }

    private Set<MessageType> messageTypes(MappingReader c) {
        Set<MessageType> types = new LinkedHashSet<>();
        List<Node> items = c.sequence("message-types", false);
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            String field = c.field("message-types") + "[" + i + "]";
            if (!(n instanceof ScalarNode s)) {
                throw new BoardFileException(file, MappingReader.line(n), field, "expected a message type name or number");
            }
            MessageType t;
            try {
                t = MessageType.parse(s.getValue());
            } catch (IllegalArgumentException e) {
                throw new BoardFileException(file, MappingReader.line(n), field, e.getMessage());
            }
            if (!types.add(t)) {
                throw new BoardFileException(file, MappingReader.line(n), field, "message type " + t + " is listed twice");
            }
        }
        types.add(MessageType.CONTROL);
        return types;
    }

    private Optional<EndpointId> staticEid(MappingReader c, String id) {
        if (!c.has("static-eid")) {
            return Optional.empty();
        }
        EndpointId eid = EndpointId.of((int) c.integer("static-eid", EndpointId.FIRST_UNICAST, EndpointId.LAST_UNICAST,
                "a unicast EID (8..254)"));
        if (eid.equals(mctp.localEid())) {
            throw c.error("static-eid", eid.value() + " is the platform's own EID (mctp.local-eid)");
        }
        String other = staticEids.putIfAbsent(eid, id);
        if (other != null) {
            throw c.error("static-eid", eid.value() + " is already the static EID of '" + other + "'");
        }
        return Optional.of(eid);
    }

    private List<VendorDefinedSupport> vendorTypes(MappingReader c, Set<MessageType> types) {
        List<VendorDefinedSupport> sets = new ArrayList<>();
        List<Node> items = c.sequence("vendor-types", false);
        for (int i = 0; i < items.size(); i++) {
            MappingReader v = MappingReader.of(file, c.field("vendor-types") + "[" + i + "]", items.get(i))
                    .allowOnly("format", "vendor-id", "command-set");
            String format = v.string("format");
            int commandSet = (int) v.integer("command-set", 0, 0xFFFF, "a command set type (0..0xffff)");
            if (format.equals("pci")) {
                requireType(v, types, MessageType.VENDOR_PCI);
                sets.add(VendorDefinedSupport.pci((int) v.integer("vendor-id", 0, 0xFFFF, "a PCI vendor ID (0x0000..0xffff)"), commandSet));
            } else if (format.equals("iana")) {
                requireType(v, types, MessageType.VENDOR_IANA);
                sets.add(VendorDefinedSupport.iana(v.integer("vendor-id", 0, 0xFFFF_FFFFL,
                        "an IANA enterprise number (0..4294967295)"), commandSet));
            } else {
                throw v.error("format", "'" + format + "' is not a vendor ID format (pci, iana)");
            }
        }
        if (sets.size() > 0xFF) {
            throw c.error("vendor-types", "at most 255 vendor ID sets");
        }
        // DSP0236 §12.8: an endpoint listing a vendor-defined type answers Get Vendor Defined Message Support for it
        checkListed(c, types, sets, MessageType.VENDOR_PCI, VendorDefinedSupport.FORMAT_PCI, "pci");
        checkListed(c, types, sets, MessageType.VENDOR_IANA, VendorDefinedSupport.FORMAT_IANA, "iana");
        return sets;
    }

    private static void requireType(MappingReader v, Set<MessageType> types, MessageType type) {
        if (!types.contains(type)) {
            throw v.error("format", "a " + (type.equals(MessageType.VENDOR_PCI) ? "pci" : "iana")
                    + " vendor set needs " + type + " in message-types");
        }
    }

    private static void checkListed(MappingReader c, Set<MessageType> types, List<VendorDefinedSupport> sets,
                                    MessageType type, int format, String word) {
        if (types.contains(type) && sets.stream().noneMatch(s -> s.format() == format)) {
            throw c.error("message-types", type + " is listed but vendor-types has no " + word
                    + " set; add e.g. { format: " + word + ", vendor-id: ..., command-set: ... }");
        }
    }
}
