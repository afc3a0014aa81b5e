package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruTableCodec;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataResponse;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableResponse;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.TransferOperation;

/**
 * Reads a terminus's FRU Record Table (DSP0257 §7-8): GetFRURecordTableMetadata for the table's size, then
 * GetFRURecordTable first part and next parts until the part flagged End; the whole table's pad and CRC-32
 * are checked (which openbmc does not: reference §7 item 18). A table longer than the metadata's maximum
 * size, a refusal or a bad CRC leaves the table out with a warning.
 */
final class FruTableRead {
    /** Most parts one read takes: a bound against a terminus that never says End. */
    static final int MAX_PARTS = 1024;

    private final PldmExchange exchange;
    private final List<String> warnings;

    FruTableRead(PldmExchange exchange, List<String> warnings) {
        this.exchange = exchange;
        this.warnings = warnings;
    }

    CompletableFuture<Optional<FruRecordTable>> read() {
        return exchange.ask(GetFruRecordTableMetadataRequest::new, GetFruRecordTableMetadataResponse.class,
                "pldm-fru: GetFRURecordTableMetadata", warnings).thenCompose(meta -> {
                    if (meta.isEmpty()) {
                        return CompletableFuture.completedFuture(Optional.empty());
                    }
                    long limit = Math.max(meta.get().maximumSize(), meta.get().tableLength()) + 4 + 3;
                    return part(GetFruRecordTableRequest::first, Bytes.EMPTY, 1, limit);
                });
    }

    private CompletableFuture<Optional<FruRecordTable>> part(IntFunction<PldmRequest> request, Bytes sofar, int partNo,
                                                            long limit) {
        return exchange.ask(request, GetFruRecordTableResponse.class, "pldm-fru: GetFRURecordTable part " + partNo, warnings)
                .thenCompose(r -> {
                    if (r.isEmpty()) {
                        return CompletableFuture.completedFuture(Optional.<FruRecordTable>empty());
                    }
                    Bytes table = sofar.concat(r.get().portion());
                    if (table.length() > limit || partNo >= MAX_PARTS) {
                        warnings.add("pldm-fru: the table grew past " + limit + " bytes or " + MAX_PARTS
                                + " parts, more than its metadata announced; it is left out");
                        return CompletableFuture.completedFuture(Optional.<FruRecordTable>empty());
                    }
                    if (!r.get().transferFlag().isLast()) {
                        long next = r.get().nextDataTransferHandle();
                        return part(iid -> new GetFruRecordTableRequest(iid, next, TransferOperation.GET_NEXT_PART), table,
                                partNo + 1, limit);
                    }
                    try {
                        return CompletableFuture.completedFuture(Optional.of(FruTableCodec.decode(table)));
                    } catch (PldmFormatException e) {
                        warnings.add("pldm-fru: the FRU record table is left out, " + e.getMessage());
                        return CompletableFuture.completedFuture(Optional.<FruRecordTable>empty());
                    }
                });
    }
}
