package org.bmcplatform.profiles.nvmemi;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Read NVMe-MI Data Structure response data (NVMe-MI 1.2 §5.7). */
final class DataStructureCodec {
    /** Subsystem, port and controller information are exactly 32 bytes (libnvme rejects other lengths). */
    static final int FIXED_LENGTH = 32;
    private static final int PORT_DETAILS = 24;

    private DataStructureCodec() {
    }

    static void encode(DataStructure s, WireWriter w) {
        if (s instanceof DataStructure.SubsystemInfo i) {
            w.u8(i.numberOfPortsMinusOne()).u8(i.majorVersion()).u8(i.minorVersion()).zeros(FIXED_LENGTH - 3);
        } else if (s instanceof DataStructure.PortInfo p) {
            w.u8(p.portType()).u8(p.capabilities()).u16(p.maxMctpTransmissionUnit()).u32(p.mebSize());
            encodeDetails(p.details(), w);
        } else if (s instanceof DataStructure.ControllerInfo c) {
            w.u8(c.portId()).zeros(4).u8(c.routingIdValid() ? 1 : 0).u16(c.routingId()).u16(c.vendorId())
                    .u16(c.deviceId()).u16(c.subsystemVendorId()).u16(c.subsystemId()).zeros(FIXED_LENGTH - 16);
        } else if (s instanceof DataStructure.ControllerList l) {
            w.u16(l.controllerIds().size());
            for (int id : l.controllerIds()) {
                w.u16(id);
            }
        } else {
            w.bytes(((DataStructure.Raw) s).data());
        }
    }

    private static void encodeDetails(DataStructure.PortDetails d, WireWriter w) {
        if (d instanceof DataStructure.PciePort p) {
            w.u8(p.maxPayloadSize()).u8(p.supportedSpeeds()).u8(p.currentSpeed()).u8(p.maxLinkWidth())
                    .u8(p.negotiatedLinkWidth()).u8(p.portNumber()).zeros(PORT_DETAILS - 6);
        } else if (d instanceof DataStructure.SmbusPort p) {
            w.u8(p.vpdAddress()).u8(p.maxVpdFrequency()).u8(p.managementEndpointAddress())
                    .u8(p.maxManagementEndpointFrequency()).u8(p.basicManagementSupported() ? 1 : 0)
                    .zeros(PORT_DETAILS - 5);
        } else {
            w.bytes(((DataStructure.OtherPort) d).raw());
        }
    }

    static DataStructure decode(WireReader r, DataStructureType type) {
        if (type.equals(DataStructureType.SUBSYSTEM_INFORMATION)) {
            expectFixed(r, "NVM subsystem information");
            DataStructure.SubsystemInfo i = new DataStructure.SubsystemInfo(r.u8("NUMP"), r.u8("MJR"), r.u8("MNR"));
            r.skip(FIXED_LENGTH - 3, "subsystem information reserved");
            return i;
        }
        if (type.equals(DataStructureType.PORT_INFORMATION)) {
            expectFixed(r, "port information");
            int portType = r.u8("PRTTYP");
            int caps = r.u8("PRTCAP");
            int mmtus = r.u16("MMTUS");
            long mebs = r.u32("MEBS");
            return new DataStructure.PortInfo(portType, caps, mmtus, mebs, decodeDetails(r, portType));
        }
        if (type.equals(DataStructureType.CONTROLLER_INFORMATION)) {
            expectFixed(r, "controller information");
            int portId = r.u8("PORTID");
            r.skip(4, "controller information reserved 1..4");
            boolean valid = (r.u8("PRII") & 1) != 0;
            DataStructure.ControllerInfo c = new DataStructure.ControllerInfo(portId, valid, r.u16("PRI"), r.u16("VID"),
                    r.u16("DID"), r.u16("SSVID"), r.u16("SSID"));
            r.skip(FIXED_LENGTH - 16, "controller information reserved 16..31");
            return c;
        }
        if (type.equals(DataStructureType.CONTROLLER_LIST)) {
            int at = r.offset();
            int count = r.u16("NUMID");
            if (count > DataStructure.MAX_CONTROLLERS) {
                throw new NvmeMiFormatException(at, "NUMID", count + " controllers exceed the maximum of " + DataStructure.MAX_CONTROLLERS);
            }
            List<Integer> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(r.u16("controller id " + i));
            }
            return new DataStructure.ControllerList(ids);
        }
        return new DataStructure.Raw(type, r.rest());
    }

    private static DataStructure.PortDetails decodeDetails(WireReader r, int portType) {
        if (portType == DataStructure.PortInfo.TYPE_PCIE) {
            DataStructure.PciePort p = new DataStructure.PciePort(r.u8("MPS"), r.u8("SLS"), r.u8("CLS"),
                    r.u8("MLW"), r.u8("NLW"), r.u8("PN"));
            r.skip(PORT_DETAILS - 6, "PCIe port reserved");
            return p;
        }
        if (portType == DataStructure.PortInfo.TYPE_SMBUS) {
            DataStructure.SmbusPort p = new DataStructure.SmbusPort(r.u8("VPD address"), r.u8("MVPDFREQ"),
                    r.u8("ME address"), r.u8("MMEFREQ"), (r.u8("NVMEBM") & 1) != 0);
            r.skip(PORT_DETAILS - 5, "SMBus port reserved");
            return p;
        }
        return new DataStructure.OtherPort(r.bytes(PORT_DETAILS, "port details"));
    }

    private static void expectFixed(WireReader r, String what) {
        if (r.remaining() != FIXED_LENGTH) {
            throw new NvmeMiFormatException(r.offset(), what, "expected " + FIXED_LENGTH + " bytes, got " + r.remaining());
        }
    }

    static Bytes encode(DataStructure s) {
        WireWriter w = new WireWriter();
        encode(s, w);
        return Bytes.wrap(w.array());
    }
}
