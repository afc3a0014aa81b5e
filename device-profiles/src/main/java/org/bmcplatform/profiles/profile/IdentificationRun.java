package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.profiles.ipmifru.BoardInfo;
import org.bmcplatform.profiles.ipmifru.FruField;
import org.bmcplatform.profiles.ipmifru.ProductInfo;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.DataStructure;
import org.bmcplatform.profiles.nvmemi.DataStructureType;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiFormatException;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureRequest;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureResponse;
import org.bmcplatform.profiles.pldm.FruRecordTable;

/** One identification: runs the profile's steps in order; an earlier step's asset value wins over a later one's. */
final class IdentificationRun {
    /** Identify Controller bytes requested: through CCTEMP (offset 269), 4-byte aligned. */
    static final int IDENTIFY_LENGTH = 272;
    private static final int CSI = 0;

    private final DeviceProfile profile;
    private final MiExchange exchange;
    private final Map<String, String> assets = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final PldmIdentification pldm;
    private final NcsiIdentification ncsi;
    private final Optional<EndpointId> eventReceiver;
    private PdrRepository pdrs = PdrRepository.EMPTY;
    private FruRecordTable fru = Identification.NO_FRU;
    private int controllerId;

    IdentificationRun(DeviceProfile profile, MiExchange exchange, PldmExchange pldmExchange, NcsiExchange ncsiExchange,
                      Optional<EndpointId> eventReceiver) {
        this.profile = profile;
        this.eventReceiver = eventReceiver;
        this.exchange = exchange;
        this.pldm = new PldmIdentification(pldmExchange, this::put, warnings);
        this.ncsi = new NcsiIdentification(ncsiExchange, profile.ncsiPackage(), this::put, warnings);
    }

    CompletableFuture<Identification> run() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (IdentificationStep step : profile.identification()) {
            chain = chain.thenCompose(v -> step(step));
        }
        return chain.thenApply(v -> new Identification(assets, warnings, pdrs, fru));
    }

    private CompletableFuture<Void> step(IdentificationStep step) {
        switch (step) {
            case PLDM_TERMINUS:
                return pldm.terminus();
            case PLDM_PDRS:
                return pldm.pdrs(PdrWalk.DEFAULT_REQUEST_COUNT).thenAccept(read -> pdrs = read);
            case PLDM_EVENTS:
                return pldm.events(eventReceiver);
            case PLDM_FRU:
                return pldm.fru(pdrs).thenAccept(read -> fru = read);
            case NCSI_VERSION:
                return ncsi.version();
            case NCSI_CAPABILITIES:
                return ncsi.capabilities();
            case NCSI_PACKAGE_UUID:
                return ncsi.packageUuid();
            case NCSI_AEN_ENABLE:
                return ncsi.enableLinkAens();
            case SUBSYSTEM_INFO:
                return dataStructure(DataStructureType.SUBSYSTEM_INFORMATION, 0, step).thenAccept(s -> {
                    if (s instanceof DataStructure.SubsystemInfo i) {
                        put("nvmeMiVersion", i.majorVersion() + "." + i.minorVersion());
                    }
                });
            case CONTROLLER_LIST:
                return dataStructure(DataStructureType.CONTROLLER_LIST, 0, step).thenAccept(s -> {
                    if (s instanceof DataStructure.ControllerList l) {
                        if (l.controllerIds().isEmpty()) {
                            warnings.add("controller-list: the subsystem lists no controllers; using controller id 0");
                        } else {
                            controllerId = l.controllerIds().get(0);
                        }
                    }
                });
            case CONTROLLER_INFO:
                return dataStructure(DataStructureType.CONTROLLER_INFORMATION, controllerId, step).thenAccept(s -> {
                    if (s instanceof DataStructure.ControllerInfo c) {
                        put("vendorId", vendorId(c.vendorId()));
                    }
                });
            case IDENTIFY_CONTROLLER:
                return identifyController();
            case VPD_READ:
                return new VpdReading(exchange, profile.vpdChunkSize(), warnings).read().thenAccept(fru -> {
                    fru.product().ifPresent(this::productAssets);
                    fru.board().ifPresent(this::boardAssets);
                });
            default:
                throw new IllegalStateException("identification step " + step + " has no implementation");
        }
    }

    private CompletableFuture<DataStructure> dataStructure(DataStructureType type, int cntid, IdentificationStep step) {
        ReadDataStructureRequest req = new ReadDataStructureRequest(CSI, type, 0, cntid);
        return exchange.ask(req, ReadDataStructureResponse.class, step.yamlName(), warnings)
                .thenApply(r -> r.map(ReadDataStructureResponse::structure).orElse(null));
    }

    private CompletableFuture<Void> identifyController() {
        int cntid = profile.has(Quirk.IDENTIFY_CNTID_ZERO) ? 0 : controllerId;
        IdentifyControllerRequest req = new IdentifyControllerRequest(CSI, cntid, 0, IDENTIFY_LENGTH);
        String what = IdentificationStep.IDENTIFY_CONTROLLER.yamlName();
        return exchange.ask(req, IdentifyControllerResponse.class, what, warnings).thenAccept(r -> r.ifPresent(rsp -> {
            if (rsp.nvmeStatus() != 0) {
                warnings.add(String.format("%s: NVMe status 0x%04x for controller id %d%s", what, rsp.nvmeStatus(), cntid,
                        cntid != 0 ? "; if the drive only accepts controller id 0, add quirk identify-cntid-zero" : ""));
                return;
            }
            try {
                ControllerIdentity id = ControllerIdentity.parse(rsp.data());
                put("serialNumber", id.serialNumber());
                put("model", id.modelNumber());
                put("firmwareRevision", id.firmwareRevision());
                put("vendorId", vendorId(id.pciVendorId()));
            } catch (NvmeMiFormatException e) {
                warnings.add(what + ": " + e.getMessage());
            }
        }));
    }

    private void productAssets(ProductInfo p) {
        put("manufacturer", p.manufacturer());
        put("productName", p.productName());
        put("partNumber", p.partNumber());
        put("serialNumber", p.serialNumber());
    }

    private void boardAssets(BoardInfo b) {
        put("manufacturer", b.manufacturer());
        put("productName", b.productName());
        put("partNumber", b.partNumber());
        put("serialNumber", b.serialNumber());
    }

    private void put(String key, FruField field) {
        put(key, field.trimmed());
    }

    private void put(String key, String value) {
        if (!value.isEmpty()) {
            assets.putIfAbsent(key, value);
        }
    }

    static String vendorId(int vid) {
        return String.format("0x%04x", vid);
    }
}
