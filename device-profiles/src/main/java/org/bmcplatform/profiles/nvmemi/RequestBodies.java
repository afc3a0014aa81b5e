package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** Request bodies after the 4-byte header (NVMe-MI 1.2 §5 MI commands, §6 admin commands). */
final class RequestBodies {
    static final int IDENTIFY_OPCODE = 0x06;
    static final int CNS_CONTROLLER = 0x01;
    /** Flags byte: DLENV | DOFFV (NVMe-MI 1.2 Figure "NVMe Admin Command Request"). */
    static final int FLAGS_DLENV_DOFFV = 0x03;

    private RequestBodies() {
    }

    static void encode(MiRequest request, WireWriter w) {
        if (request instanceof HealthStatusPollRequest p) {
            miCommand(w, MiOpcode.SUBSYSTEM_HEALTH_STATUS_POLL.code(), 0, p.clearStatus() ? 1L << 31 : 0);
        } else if (request instanceof ControllerHealthStatusPollRequest p) {
            miCommand(w, MiOpcode.CONTROLLER_HEALTH_STATUS_POLL.code(), p.nmd0(), p.nmd1());
        } else if (request instanceof ConfigurationGetRequest p) {
            miCommand(w, MiOpcode.CONFIGURATION_GET.code(), (long) p.portId() << 24 | p.identifier().code(), 0);
        } else if (request instanceof ConfigurationSetRequest p) {
            miCommand(w, MiOpcode.CONFIGURATION_SET.code(), p.nmd0(), p.dword1());
        } else if (request instanceof ReadDataStructureRequest p) {
            miCommand(w, MiOpcode.READ_DATA_STRUCTURE.code(),
                    (long) p.type().code() << 24 | p.portId() << 16 | p.controllerId(), 0);
        } else if (request instanceof VpdReadRequest p) {
            miCommand(w, MiOpcode.VPD_READ.code(), p.offset(), p.length());
        } else if (request instanceof MiCommandRequest p) {
            miCommand(w, p.opcode().code(), p.nmd0(), p.nmd1());
            w.bytes(p.data());
        } else if (request instanceof IdentifyControllerRequest p) {
            w.u8(IDENTIFY_OPCODE).u8(FLAGS_DLENV_DOFFV).u16(p.controllerId());
            w.u32(0).zeros(16);                       // CDW1 (NSID 0), CDW2..CDW5
            w.u32(p.dataOffset()).u32(p.dataLength()); // DOFF, DLEN
            w.zeros(8);                               // reserved 36..43
            w.u32(CNS_CONTROLLER).zeros(20);          // CDW10 = CNS, CDW11..CDW15
        } else if (request instanceof AdminCommandRequest p) {
            w.u8(p.opcode()).bytes(p.header()).bytes(p.data());
        } else {
            w.bytes(((OtherRequest) request).body());
        }
    }

    private static void miCommand(WireWriter w, int opcode, long nmd0, long nmd1) {
        w.u8(opcode).zeros(3).u32(nmd0).u32(nmd1);
    }

    static MiRequest decode(WireReader r, int csi, MessageKind kind) {
        if (kind.equals(MessageKind.MI_COMMAND)) {
            return decodeMiCommand(r, csi);
        }
        if (kind.equals(MessageKind.ADMIN_COMMAND)) {
            return decodeAdmin(r, csi);
        }
        return new OtherRequest(csi, kind, r.rest());
    }

    private static MiRequest decodeMiCommand(WireReader r, int csi) {
        MiOpcode opcode = new MiOpcode(r.u8("opcode"));
        int reserved = r.u24("reserved 5..7");
        long nmd0 = r.u32("NMD0");
        long nmd1 = r.u32("NMD1");
        Bytes data = r.rest();
        boolean plain = reserved == 0 && data.isEmpty();
        if (plain && opcode.equals(MiOpcode.SUBSYSTEM_HEALTH_STATUS_POLL) && nmd0 == 0 && (nmd1 & 0x7FFF_FFFFL) == 0) {
            return new HealthStatusPollRequest(csi, nmd1 != 0);
        }
        if (plain && opcode.equals(MiOpcode.CONTROLLER_HEALTH_STATUS_POLL)) {
            ControllerHealthStatusPollRequest poll = ControllerHealthStatusPollRequest.fromDwords(csi, nmd0, nmd1);
            if (poll != null) {
                return poll;
            }
        }
        if (plain && opcode.equals(MiOpcode.CONFIGURATION_GET) && (nmd0 & 0x00FF_FF00L) == 0 && nmd1 == 0) {
            return new ConfigurationGetRequest(csi, new ConfigurationIdentifier((int) (nmd0 & 0xFF)), (int) (nmd0 >>> 24));
        }
        if (plain && opcode.equals(MiOpcode.CONFIGURATION_SET)) {
            return new ConfigurationSetRequest(csi, new ConfigurationIdentifier((int) (nmd0 & 0xFF)), (int) (nmd0 >>> 24),
                    (int) (nmd0 >>> 8 & 0xFFFF), nmd1);
        }
        if (plain && opcode.equals(MiOpcode.READ_DATA_STRUCTURE) && nmd1 == 0) {
            return new ReadDataStructureRequest(csi, new DataStructureType((int) (nmd0 >>> 24)),
                    (int) (nmd0 >>> 16 & 0xFF), (int) (nmd0 & 0xFFFF));
        }
        if (plain && opcode.equals(MiOpcode.VPD_READ) && nmd0 >>> 16 == 0 && nmd1 >>> 16 == 0) {
            return new VpdReadRequest(csi, (int) nmd0, (int) nmd1);
        }
        return new MiCommandRequest(csi, opcode, nmd0, nmd1, data);
    }

    private static MiRequest decodeAdmin(WireReader r, int csi) {
        int opcode = r.u8("admin opcode");
        Bytes header = r.bytes(AdminCommandRequest.HEADER_REST, "admin request header 5..67");
        Bytes data = r.rest();
        WireReader h = new WireReader(header, 0, header.length());
        int flags = h.u8("flags");
        int controllerId = h.u16("controller id");
        boolean zeroDwords = allZero(header, 3, 23);   // CDW1..CDW5 (offsets 8..27)
        long doff = new WireReader(header, 23, 27).u32("DOFF");
        long dlen = new WireReader(header, 27, 31).u32("DLEN");
        boolean zeroReserved = allZero(header, 31, 39); // 36..43
        long cdw10 = new WireReader(header, 39, 43).u32("CDW10");
        boolean zeroTail = allZero(header, 43, 63);     // CDW11..CDW15
        if (opcode == IDENTIFY_OPCODE && flags == FLAGS_DLENV_DOFFV && zeroDwords && zeroReserved && zeroTail
                && cdw10 == CNS_CONTROLLER && data.isEmpty() && validWindow(doff, dlen)) {
            return new IdentifyControllerRequest(csi, controllerId, (int) doff, (int) dlen);
        }
        return new AdminCommandRequest(csi, opcode, header, data);
    }

    private static boolean validWindow(long doff, long dlen) {
        return doff % 4 == 0 && dlen % 4 == 0 && dlen > 0 && doff + dlen <= IdentifyControllerRequest.STRUCTURE_SIZE;
    }

    private static boolean allZero(Bytes b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
