package org.bmcplatform.profiles.pldm;

import java.util.Optional;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * GetPDR multipart transfer (DSP0248 "GetPDR command", multipart rules): the terminus cuts a record
 * into parts of at most requestCount bytes, flags them Start, Middle..., End (or StartAndEnd for a
 * single part) and adds the CRC-8 of the whole record to the End part; the requester asks for the
 * first part, then for each next part with the handle it was given, and checks the CRC.
 *
 * <p>The data transfer handle this terminus side hands out is the byte offset of the next part.
 */
public final class PdrTransfer {
    private PdrTransfer() {
    }

    /**
     * The part of {@code record} starting at {@code offset} (0 for the first part), at most
     * {@code requestCount} bytes, as the answer to a GetPDR request.
     */
    public static GetPdrResponse part(int instanceId, Bytes record, long nextRecordHandle, long offset, int requestCount) {
        if (offset < 0 || offset >= record.length()) {
            throw new IllegalArgumentException("part offset " + offset + " is outside the " + record.length() + "-byte record");
        }
        if (requestCount < 1) {
            throw new IllegalArgumentException("requestCount must be at least 1, was " + requestCount);
        }
        int from = (int) offset;
        int to = (int) Math.min(record.length(), (long) from + requestCount);
        boolean first = from == 0;
        boolean last = to == record.length();
        PdrTransferFlag flag = first && last ? PdrTransferFlag.START_AND_END
                : first ? PdrTransferFlag.START : last ? PdrTransferFlag.END : PdrTransferFlag.MIDDLE;
        OptionalInt crc = flag.carriesCrc() ? OptionalInt.of(PdrCodec.transferCrc(record)) : OptionalInt.empty();
        return new GetPdrResponse(instanceId, nextRecordHandle, last ? 0 : to, flag, record.slice(from, to), crc);
    }

    /**
     * Requester side: collects the parts of one record in order. The first part (the answer to
     * GetFirstPart) is flagged Start or StartAndEnd, later ones Middle or End; a part flagged End or
     * StartAndEnd completes the record, and an End part's CRC-8 must match the whole record.
     */
    public static final class Assembly {
        private Bytes data = Bytes.EMPTY;
        private int parts;

        /** Adds the next part; returns the whole record once the last part arrived. */
        public Optional<Bytes> add(GetPdrResponse part) {
            PdrTransferFlag flag = part.transferFlag();
            if (parts == 0 && !flag.equals(PdrTransferFlag.START) && !flag.equals(PdrTransferFlag.START_AND_END)) {
                throw new PldmFormatException(0, "transferFlag", "the first part is flagged " + flag
                        + " but a record starts with Start or StartAndEnd");
            }
            if (parts > 0 && (flag.equals(PdrTransferFlag.START) || flag.equals(PdrTransferFlag.START_AND_END))) {
                throw new PldmFormatException(data.length(), "transferFlag", "part " + parts + " is flagged " + flag
                        + " but the record has started");
            }
            if (parts > 0 && !flag.equals(PdrTransferFlag.MIDDLE) && !flag.equals(PdrTransferFlag.END)) {
                throw new PldmFormatException(data.length(), "transferFlag", "part " + parts + " has undefined flag " + flag);
            }
            data = data.concat(part.recordData());
            parts++;
            if (!flag.isLast()) {
                return Optional.empty();
            }
            if (part.transferCrc().isPresent()) {
                int computed = PdrCodec.transferCrc(data);
                if (computed != part.transferCrc().getAsInt()) {
                    throw new PldmFormatException(data.length(), "transferCRC", String.format(
                            "carried 0x%02x, computed 0x%02x over %d bytes", part.transferCrc().getAsInt(), computed, data.length()));
                }
            }
            return Optional.of(data);
        }

        /** Record bytes received so far. */
        public int length() {
            return data.length();
        }

        /** Parts added so far. */
        public int parts() {
            return parts;
        }
    }
}
