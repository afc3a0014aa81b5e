package org.bmcplatform.profiles.nvmemi;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Response bodies after the 4-byte header (NVMe-MI 1.2 §4.1.2 status, §5 MI commands, §6 admin commands). */
final class ResponseBodies {
    static final int HEALTH_LENGTH = 8;
    /** Bytes 11..15 of a Controller Health Data Structure. */
    static final int CONTROLLER_HEALTH_RESERVED = 5;

    private ResponseBodies() {
    }

    static void encode(MiResponse response, WireWriter w) {
        if (response instanceof ErrorResponse e) {
            w.u8(e.status().code()).u24(e.nmresp());
        } else if (response instanceof HealthStatusPollResponse p) {
            SubsystemHealth h = p.health();
            w.u8(0).u24(0);
            w.u8(h.status()).u8(h.warnings().raw()).u8(h.temperature().raw()).u8(h.percentageUsed())
                    .u16(h.controllerStatus()).zeros(2);
        } else if (response instanceof ControllerHealthStatusPollResponse p) {
            w.u8(0).u24(p.entries().size()); // NMRESP 7:0 = RENT
            for (ControllerHealth h : p.entries()) {
                w.u16(h.controllerId()).u16(h.status()).u16(h.temperatureKelvin()).u8(h.percentageUsed())
                        .u8(h.availableSpare()).u8(h.criticalWarnings()).u16(h.changedFlags())
                        .zeros(CONTROLLER_HEALTH_RESERVED);
            }
        } else if (response instanceof ConfigurationGetResponse p) {
            w.u8(0).u24(p.value());
        } else if (response instanceof ConfigurationSetResponse p) {
            w.u8(0).u24(p.nmresp());
        } else if (response instanceof ReadDataStructureResponse p) {
            WireWriter data = new WireWriter();
            DataStructureCodec.encode(p.structure(), data);
            w.u8(0).u24(data.length()); // NMRESP 15:0 = response data length
            w.bytes(Bytes.wrap(data.array()));
        } else if (response instanceof VpdReadResponse p) {
            w.u8(0).u24(0).bytes(p.data());
        } else if (response instanceof MiCommandResponse p) {
            w.u8(0).u24(p.nmresp()).bytes(p.data());
        } else {
            AdminCompletion p = (AdminCompletion) response;
            w.u8(0).u24(0).u32(p.cqeDword0()).u32(p.cqeDword1()).u32(p.cqeDword3()).bytes(p.data());
        }
    }

    static MiResponse decode(WireReader r, MiRequest request) {
        int csi = request.csi();
        MiStatus status = new MiStatus(r.u8("status"));
        int nmresp = r.u24("NMRESP");
        if (!status.isSuccess()) {
            return new ErrorResponse(csi, request.kind(), status, nmresp);
        }
        if (request instanceof HealthStatusPollRequest) {
            int nss = r.u8("NSS");
            int sw = r.u8("SW");
            int ctemp = r.u8("CTEMP");
            int pdlu = r.u8("PDLU");
            int ccs = r.u16("CCS");
            r.skip(2, "health reserved 6..7");
            return new HealthStatusPollResponse(csi, new SubsystemHealth(nss, new SmartWarnings(sw),
                    new CompositeTemperature(ctemp), pdlu, ccs));
        }
        if (request instanceof ControllerHealthStatusPollRequest) {
            return controllerHealth(r, csi, nmresp);
        }
        if (request instanceof ConfigurationGetRequest) {
            noData(r, "configuration get response data");
            return new ConfigurationGetResponse(csi, nmresp);
        }
        if (request instanceof ConfigurationSetRequest) {
            noData(r, "configuration set response data");
            return new ConfigurationSetResponse(csi, nmresp);
        }
        if (request instanceof ReadDataStructureRequest p) {
            return new ReadDataStructureResponse(csi, DataStructureCodec.decode(r, p.type()));
        }
        if (request instanceof VpdReadRequest) {
            return new VpdReadResponse(csi, r.rest());
        }
        if (request instanceof MiCommandRequest) {
            return new MiCommandResponse(csi, nmresp, r.rest());
        }
        if (request instanceof IdentifyControllerRequest || request instanceof AdminCommandRequest) {
            long dw0 = r.u32("CQE DW0");
            long dw1 = r.u32("CQE DW1");
            long dw3 = r.u32("CQE DW3");
            if (request instanceof IdentifyControllerRequest) {
                return new IdentifyControllerResponse(csi, dw0, dw1, dw3, r.rest());
            }
            return new AdminCommandResponse(csi, dw0, dw1, dw3, r.rest());
        }
        throw new NvmeMiFormatException(4, "status", "success responses to " + request.kind() + " messages are not modelled");
    }

    /** RENT entries of 16 bytes, exactly (a device-supplied count is checked against the length). */
    private static ControllerHealthStatusPollResponse controllerHealth(WireReader r, int csi, int nmresp) {
        int rent = nmresp & 0xFF;
        if ((nmresp & 0xFFFF00) != 0) {
            throw new NvmeMiFormatException(5, "NMRESP", String.format("bits 23:8 are reserved, were 0x%04x", nmresp >>> 8));
        }
        if (r.remaining() != rent * ControllerHealth.LENGTH) {
            throw new NvmeMiFormatException(r.offset(), "controller health data",
                    "RENT " + rent + " needs " + rent * ControllerHealth.LENGTH + " bytes but " + r.remaining() + " follow");
        }
        List<ControllerHealth> entries = new ArrayList<>(rent);
        for (int i = 0; i < rent; i++) {
            int ctlid = r.u16("CTLID");
            int csts = r.u16("CSTS");
            int ctemp = r.u16("CTEMP");
            int pdlu = r.u8("PDLU");
            int spare = r.u8("SPARE");
            int cwarn = r.u8("CWARN");
            int changed = r.u16("changed flags");
            r.skip(CONTROLLER_HEALTH_RESERVED, "controller health reserved 11..15");
            entries.add(new ControllerHealth(ctlid, csts, ctemp, pdlu, spare, cwarn, changed));
        }
        return new ControllerHealthStatusPollResponse(csi, entries);
    }

    private static void noData(WireReader r, String field) {
        if (r.remaining() != 0) {
            throw new NvmeMiFormatException(r.offset(), field, "expected none but " + r.remaining() + " byte(s) follow");
        }
    }
}
