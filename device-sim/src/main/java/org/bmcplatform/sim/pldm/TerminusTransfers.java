package org.bmcplatform.sim.pldm;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruTableCodec;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataResponse;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableResponse;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.MultipartTransfer;
import org.bmcplatform.profiles.pldm.PdrTransfer;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.TransferOperation;

/**
 * The terminus side of the two multipart reads: GetPDR (DSP0248 §26.2, parts cut by
 * {@link PdrTransfer#part}) and GetFRURecordTable (DSP0257, portions cut by
 * {@link MultipartTransfer#cut}). In both the data transfer handle is the byte offset of the next part.
 */
final class TerminusTransfers {
    private final TerminusSettings settings;
    private final PdrRepository pdrs;

    TerminusTransfers(TerminusSettings settings, PdrRepository pdrs) {
        this.settings = settings;
        this.pdrs = pdrs;
    }

    /**
     * One part of one record. Handle 0 is the first record; an unknown handle answers invalid record
     * handle (0x82). GetNextPart must echo the recordChangeNumber of the record's header (else 0x83,
     * the record changed since the first part) and a handle inside the record (else 0x80). A request
     * count of 0 is invalid data; above {@code maxPdrPart} the part is cut at that size.
     */
    PldmResponse pdr(GetPdrRequest get) {
        var entry = pdrs.find(get.recordHandle());
        if (entry.isEmpty()) {
            return ErrorResponse.of(get, CompletionCode.PDR_INVALID_RECORD_HANDLE);
        }
        if (get.requestCount() == 0) {
            return ErrorResponse.of(get, CompletionCode.ERROR_INVALID_DATA);
        }
        Bytes record = entry.get().bytes();
        long offset;
        if (get.operation().equals(TransferOperation.GET_FIRST_PART)) {
            offset = 0;
        } else if (get.operation().equals(TransferOperation.GET_NEXT_PART)) {
            if (get.recordChangeNumber() != entry.get().changeNumber()) {
                return ErrorResponse.of(get, CompletionCode.PDR_INVALID_RECORD_CHANGE_NUMBER);
            }
            offset = get.dataTransferHandle();
            if (offset <= 0 || offset >= record.length()) {
                return ErrorResponse.of(get, CompletionCode.PDR_INVALID_DATA_TRANSFER_HANDLE);
            }
        } else {
            return ErrorResponse.of(get, CompletionCode.PDR_INVALID_TRANSFER_OPERATION_FLAG);
        }
        int count = Math.min(get.requestCount(), settings.maxPdrPart());
        return PdrTransfer.part(get.instanceId(), record, pdrs.nextHandle(entry.get().handle()), offset, count);
    }

    /** Metadata, or one portion of the table with its pad and CRC-32; no records answers table unavailable (0x85). */
    PldmResponse fru(PldmRequest request, FruRecordTable table) {
        if (table.records().isEmpty()) {
            return ErrorResponse.of(request, CompletionCode.FRU_DATA_STRUCTURE_TABLE_UNAVAILABLE);
        }
        if (!(request instanceof GetFruRecordTableRequest get)) {
            return GetFruRecordTableMetadataResponse.describing(request.instanceId(), table);
        }
        Bytes data = FruTableCodec.encode(table);
        long offset;
        if (get.operation().equals(TransferOperation.GET_FIRST_PART)) {
            offset = 0;
        } else if (get.operation().equals(TransferOperation.GET_NEXT_PART)) {
            offset = get.dataTransferHandle();
            if (offset <= 0 || offset >= data.length()) {
                return ErrorResponse.of(get, CompletionCode.FRU_INVALID_DATA_TRANSFER_HANDLE);
            }
        } else {
            return ErrorResponse.of(get, CompletionCode.FRU_INVALID_TRANSFER_FLAG);
        }
        MultipartTransfer.Part part = MultipartTransfer.cut(data, offset, settings.fruPortion());
        return new GetFruRecordTableResponse(get.instanceId(), part.nextDataTransferHandle(), part.flag(), part.portion());
    }
}
