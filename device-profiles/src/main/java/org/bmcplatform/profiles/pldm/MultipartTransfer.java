package org.bmcplatform.profiles.pldm;

import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/**
 * DSP0240-style multipart transfer as GetPLDMVersion and GetFRURecordTable (DSP0257) use it: the
 * responder cuts the data (version data, or the FRU table with its pad and CRC-32) into portions
 * flagged Start, Middle..., End or StartAndEnd ({@link TransferFlag}); the requester concatenates
 * them in order. The integrity check lives inside the data (its trailing CRC-32), so it is checked by
 * whoever parses the whole: {@link VersionData#decode}, {@link FruTableCodec#decode}.
 *
 * <p>The data transfer handle this responder side hands out is the byte offset of the next portion.
 */
public final class MultipartTransfer {
    private MultipartTransfer() {
    }

    /** One portion and the fields that go with it in the response. */
    public record Part(long nextDataTransferHandle, TransferFlag flag, Bytes portion) {
        public Part {
            WireRange.unsigned(nextDataTransferHandle, 32, "next data transfer handle");
            WireRange.required(flag, "transfer flag");
            WireRange.required(portion, "portion");
        }
    }

    /** The portion of {@code data} starting at {@code offset} (0 first), at most {@code maxLength} bytes. */
    public static Part cut(Bytes data, long offset, int maxLength) {
        if (offset < 0 || offset > data.length() || (offset == data.length() && offset != 0)) {
            throw new IllegalArgumentException("portion offset " + offset + " is outside the " + data.length() + "-byte data");
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("a portion holds at least 1 byte, asked for " + maxLength);
        }
        int from = (int) offset;
        int to = (int) Math.min(data.length(), (long) from + maxLength);
        boolean first = from == 0;
        boolean last = to == data.length();
        TransferFlag flag = first && last ? TransferFlag.START_AND_END
                : first ? TransferFlag.START : last ? TransferFlag.END : TransferFlag.MIDDLE;
        return new Part(last ? 0 : to, flag, data.slice(from, to));
    }

    /** Requester side: concatenates portions; Start or StartAndEnd begins, End or StartAndEnd completes. */
    public static final class Assembly {
        private Bytes data = Bytes.EMPTY;
        private int parts;

        /** Adds the next portion; returns the whole data once the last portion arrived. */
        public Optional<Bytes> add(TransferFlag flag, Bytes portion) {
            boolean expectFirst = parts == 0;
            boolean known = flag.isFirst() || flag.isLast() || flag.equals(TransferFlag.MIDDLE);
            if (!known || flag.isFirst() != expectFirst) {
                throw new PldmFormatException(data.length(), "transferFlag", "portion " + parts + " is flagged " + flag
                        + (expectFirst ? " but the first portion is Start or StartAndEnd" : " but the transfer has started"));
            }
            data = data.concat(portion);
            parts++;
            return flag.isLast() ? Optional.of(data) : Optional.empty();
        }

        public int parts() {
            return parts;
        }
    }
}
