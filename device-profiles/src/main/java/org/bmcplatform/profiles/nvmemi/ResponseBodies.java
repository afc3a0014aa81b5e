package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** Response bodies after the 4-byte header (NVMe-MI 1.2 §4.1.2 status, §5 MI commands, §6 admin commands). */
final class ResponseBodies {
    static final int HEALTH_LENGTH = 8;

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
}
