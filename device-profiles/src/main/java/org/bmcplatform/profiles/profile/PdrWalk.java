package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoResponse;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.GetPdrResponse;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.PdrCodec;
import org.bmcplatform.profiles.pldm.PdrTransfer;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.TransferOperation;

/**
 * Reads a terminus's whole PDR repository with GetPDR (DSP0248 §26.2, as openbmc platform-mc does): from
 * record handle 0, each record's first part then its next parts (the recordChangeNumber of the first part
 * sent with every later one), the CRC-8 of a multipart record checked, until nextRecordHandle is 0. A
 * record that does not decode is skipped with a warning; a refused or malformed part ends the walk with
 * what was read so far. A handle seen twice or more than {@link #MAX_RECORDS} records end it too.
 *
 * <p>With the terminus's GetPDRRepositoryInfo answer (DSP0248 §26.1) the walk is bounded by it: it stops after
 * recordCount records even if a next handle follows, and a record longer than largestRecordSize is not
 * assembled further; both, and a walk that ends short of recordCount, are warnings (the repository changed
 * under the walk, or the terminus miscounts).
 */
final class PdrWalk {
    /** Most records one walk reads: a bound against a terminus whose handles never reach 0. */
    static final int MAX_RECORDS = 4096;
    /** Record bytes asked per part; platform-mc's receive buffer is 1024 bytes (reference §7 item 19). */
    static final int DEFAULT_REQUEST_COUNT = 1024;
    private static final int CHANGE_NUMBER_OFFSET = 6;

    private final PldmExchange exchange;
    private final int requestCount;
    private final List<String> warnings;
    private final Optional<GetPdrRepositoryInfoResponse> info;
    private final List<Pdr> records = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    /** Whole records received, decodable or not: what recordCount counts. */
    private int received;
    private boolean stoppedEarly;

    PdrWalk(PldmExchange exchange, int requestCount, List<String> warnings) {
        this(exchange, requestCount, Optional.empty(), warnings);
    }

    /** @param info the terminus's GetPDRRepositoryInfo answer, if it gave one: bounds the walk */
    PdrWalk(PldmExchange exchange, int requestCount, Optional<GetPdrRepositoryInfoResponse> info, List<String> warnings) {
        this.exchange = exchange;
        this.requestCount = requestCount;
        this.info = info;
        this.warnings = warnings;
    }

    CompletableFuture<PdrRepository> walk() {
        return record(0).thenApply(v -> {
            info.filter(i -> !stoppedEarly && received < i.recordCount()).ifPresent(i -> warnings.add(String.format(
                    "pldm-pdrs: GetPDRRepositoryInfo reported %d records but the walk read %d", i.recordCount(), received)));
            return new PdrRepository(records);
        });
    }

    private CompletableFuture<Void> record(long handle) {
        if (!seen.add(handle)) {
            warnings.add(String.format("pldm-pdrs: record handle 0x%x came round again; the walk stops there", handle));
            return stop();
        }
        if (records.size() >= MAX_RECORDS) {
            warnings.add("pldm-pdrs: more than " + MAX_RECORDS + " records; the walk stops there");
            return stop();
        }
        if (info.isPresent() && received >= info.get().recordCount()) {
            warnings.add(String.format("pldm-pdrs: GetPDRRepositoryInfo reported %d records but record handle 0x%x follows the "
                    + "last of them; the walk stops there", info.get().recordCount(), handle));
            return stop();
        }
        String what = String.format("pldm-pdrs: GetPDR record 0x%x", handle);
        return exchange.ask(iid -> GetPdrRequest.first(iid, handle, requestCount), GetPdrResponse.class, what, warnings)
                .thenCompose(first -> {
                    if (first.isEmpty()) {
                        return CompletableFuture.completedFuture(null);
                    }
                    int changeNumber = changeNumber(first.get().recordData());
                    return parts(handle, first.get(), new PdrTransfer.Assembly(), changeNumber, what).thenCompose(next -> {
                        if (next.isEmpty() || next.get() == 0) {
                            return CompletableFuture.completedFuture(null);
                        }
                        return record(next.get());
                    });
                });
    }

    private CompletableFuture<Void> stop() {
        stoppedEarly = true;
        return CompletableFuture.completedFuture(null);
    }

    /** Adds a part; asks for the next one until the record is whole. Completes with the next record's handle. */
    private CompletableFuture<Optional<Long>> parts(long handle, GetPdrResponse part, PdrTransfer.Assembly assembly,
                                                    int changeNumber, String what) {
        Optional<Bytes> whole;
        try {
            whole = assembly.add(part);
        } catch (PldmFormatException e) {
            warnings.add(what + ": " + e.getMessage());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        if (whole.isPresent()) {
            received++;
            if (tooLarge(whole.get().length())) {
                warnings.add(String.format("%s: the record is %d bytes, above the largestRecordSize %d GetPDRRepositoryInfo reported",
                        what, whole.get().length(), info.get().largestRecordSize()));
            }
            keep(whole.get(), what);
            return CompletableFuture.completedFuture(Optional.of(part.nextRecordHandle()));
        }
        int assembled = assembly.length();
        if (tooLarge(assembled)) {
            warnings.add(String.format("%s: %d bytes in %d parts and not whole, above the largestRecordSize %d "
                    + "GetPDRRepositoryInfo reported; the walk stops there", what, assembled, assembly.parts(),
                    info.get().largestRecordSize()));
            stoppedEarly = true;
            return CompletableFuture.completedFuture(Optional.empty());
        }
        long transferHandle = part.nextDataTransferHandle();
        return exchange.ask(iid -> new GetPdrRequest(iid, handle, transferHandle, TransferOperation.GET_NEXT_PART,
                        requestCount, changeNumber), GetPdrResponse.class, what + " part " + (assembly.parts() + 1), warnings)
                .thenCompose(next -> next.isEmpty() ? CompletableFuture.completedFuture(Optional.<Long>empty())
                        : parts(handle, next.get(), assembly, changeNumber, what));
    }

    private boolean tooLarge(long bytes) {
        return info.isPresent() && bytes > info.get().largestRecordSize();
    }

    private void keep(Bytes record, String what) {
        try {
            records.add(PdrCodec.decode(record));
        } catch (PldmFormatException e) {
            warnings.add(what + ": record skipped, " + e.getMessage());
        }
    }

    /** The PDR header's recordChangeNumber (bytes 6-7, little-endian), or 0 when the first part is shorter. */
    private static int changeNumber(Bytes firstPart) {
        if (firstPart.length() < CHANGE_NUMBER_OFFSET + 2) {
            return 0;
        }
        return firstPart.get(CHANGE_NUMBER_OFFSET) | firstPart.get(CHANGE_NUMBER_OFFSET + 1) << 8;
    }
}
