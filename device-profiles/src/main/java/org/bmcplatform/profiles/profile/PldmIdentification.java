package org.bmcplatform.profiles.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.GetPldmTypesRequest;
import org.bmcplatform.profiles.pldm.GetPldmTypesResponse;
import org.bmcplatform.profiles.pldm.GetTidRequest;
import org.bmcplatform.profiles.pldm.GetTidResponse;

/**
 * The PLDM identification steps (reference §3.4, as openbmc platform-mc initialises a terminus): the
 * terminus ID and PLDM types (DSP0240), the PDR repository (DSP0248) and the FRU record of the terminus's
 * own entity (DSP0257): the record set a FRU Record Set PDR ties to an entity no entity association
 * contains, else the first General record. Asset keys: pldmTid, pldmTypes (the type codes, e.g. {@code 0,2,4}),
 * manufacturer, model, partNumber,
 * serialNumber, productName (FRU Name), version (FRU Version), sku, assetTag.
 */
final class PldmIdentification {
    private final PldmExchange exchange;
    private final BiConsumer<String, String> put;
    private final List<String> warnings;

    PldmIdentification(PldmExchange exchange, BiConsumer<String, String> put, List<String> warnings) {
        this.exchange = exchange;
        this.put = put;
        this.warnings = warnings;
    }

    CompletableFuture<Void> terminus() {
        return exchange.ask(GetTidRequest::new, GetTidResponse.class, "pldm-terminus: GetTID", warnings)
                .thenCompose(tid -> {
                    tid.ifPresent(t -> put.accept("pldmTid", Integer.toString(t.tid())));
                    return exchange.ask(GetPldmTypesRequest::new, GetPldmTypesResponse.class, "pldm-terminus: GetPLDMTypes",
                            warnings);
                })
                .thenAccept(types -> types.ifPresent(t -> put.accept("pldmTypes",
                        t.types().stream().map(type -> Integer.toString(type.code())).collect(Collectors.joining(",")))));
    }

    CompletableFuture<PdrRepository> pdrs(int requestCount) {
        return new PdrWalk(exchange, requestCount, warnings).walk();
    }

    CompletableFuture<Void> fru(PdrRepository pdrs) {
        return new FruTableRead(exchange, warnings).read().thenAccept(table -> table.flatMap(t -> ownRecord(t, pdrs))
                .ifPresent(this::assets));
    }

    private static Optional<FruRecord> ownRecord(FruRecordTable table, PdrRepository pdrs) {
        List<FruRecord> general = table.records().stream().filter(r -> r.type().equals(FruRecordType.GENERAL)).toList();
        Optional<Integer> ownSet = pdrs.fruRecordSets().stream().filter(s -> !pdrs.isContained(s.entity()))
                .min(Comparator.comparingInt(FruRecordSetPdr::fruRecordSetId)).map(FruRecordSetPdr::fruRecordSetId);
        return ownSet.flatMap(id -> general.stream().filter(r -> r.recordSetId() == id).findFirst())
                .or(() -> general.stream().findFirst());
    }

    private void assets(FruRecord record) {
        for (FruField f : record.fields()) {
            String key = key(f.type());
            if (key != null) {
                put.accept(key, f.text(record.encoding()).strip());
            }
        }
    }

    private static String key(FruFieldType type) {
        if (type.equals(FruFieldType.MANUFACTURER)) {
            return "manufacturer";
        }
        if (type.equals(FruFieldType.MODEL)) {
            return "model";
        }
        if (type.equals(FruFieldType.PART_NUMBER)) {
            return "partNumber";
        }
        if (type.equals(FruFieldType.SERIAL_NUMBER)) {
            return "serialNumber";
        }
        if (type.equals(FruFieldType.NAME)) {
            return "productName";
        }
        if (type.equals(FruFieldType.VERSION)) {
            return "version";
        }
        if (type.equals(FruFieldType.SKU)) {
            return "sku";
        }
        if (type.equals(FruFieldType.ASSET_TAG)) {
            return "assetTag";
        }
        return null;
    }
}
