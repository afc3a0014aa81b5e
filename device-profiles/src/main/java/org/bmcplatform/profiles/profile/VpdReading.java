package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.ipmifru.BoardInfo;
import org.bmcplatform.profiles.ipmifru.CommonHeader;
import org.bmcplatform.profiles.ipmifru.FruCodec;
import org.bmcplatform.profiles.ipmifru.FruFormatException;
import org.bmcplatform.profiles.ipmifru.FruInfo;
import org.bmcplatform.profiles.ipmifru.ProductInfo;
import org.bmcplatform.profiles.nvmemi.VpdReadRequest;
import org.bmcplatform.profiles.nvmemi.VpdReadResponse;

/**
 * Reads the IPMI FRU image through VPD Read (NVMe-MI 1.2 §5.10): the 8-byte common header, then for
 * the product and board areas their first 8 bytes (version and length) and the rest in chunks of at
 * most the profile's chunk size, never past an area's stated length.
 */
final class VpdReading {
    private static final String WHAT = IdentificationStep.VPD_READ.yamlName();
    private static final int AREA_PREFIX = 8;

    private final MiExchange exchange;
    private final int chunk;
    private final List<String> warnings;

    VpdReading(MiExchange exchange, int chunk, List<String> warnings) {
        this.exchange = exchange;
        this.chunk = chunk;
        this.warnings = warnings;
    }

    CompletableFuture<FruInfo> read() {
        return bytes(0, CommonHeader.LENGTH).thenCompose(h -> {
            if (h.isEmpty()) {
                return CompletableFuture.completedFuture(empty());
            }
            CommonHeader header;
            try {
                header = FruCodec.parseHeader(h.get());
            } catch (FruFormatException e) {
                warnings.add(WHAT + ": " + e.getMessage());
                return CompletableFuture.completedFuture(empty());
            }
            return area(header.productInfoStart()).thenCompose(product -> area(header.boardInfoStart()).thenApply(board -> {
                Optional<ProductInfo> p = product.flatMap(a -> parse(() -> FruCodec.parseProductArea(a, header.productInfoStart())));
                Optional<BoardInfo> b = board.flatMap(a -> parse(() -> FruCodec.parseBoardArea(a, header.boardInfoStart())));
                return new FruInfo(b, p, List.of());
            }));
        });
    }

    private <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (FruFormatException e) {
            warnings.add(WHAT + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The whole area at {@code start}, or empty when absent, refused or malformed. */
    private CompletableFuture<Optional<Bytes>> area(int start) {
        if (start < 0) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return bytes(start, AREA_PREFIX).thenCompose(prefix -> {
            if (prefix.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            int length;
            try {
                length = FruCodec.areaLength(prefix.get(), start);
            } catch (FruFormatException e) {
                warnings.add(WHAT + ": " + e.getMessage());
                return CompletableFuture.completedFuture(Optional.empty());
            }
            if (start + length > 0xFFFF) {
                warnings.add(WHAT + ": area at " + start + " of " + length + " bytes runs past the 64 KiB VPD offset range");
                return CompletableFuture.completedFuture(Optional.empty());
            }
            return rest(prefix.get(), start, length);
        });
    }

    private CompletableFuture<Optional<Bytes>> rest(Bytes sofar, int start, int length) {
        if (sofar.length() >= length) {
            return CompletableFuture.completedFuture(Optional.of(sofar.slice(0, length)));
        }
        int n = Math.min(chunk, length - sofar.length());
        return bytes(start + sofar.length(), n).thenCompose(more -> more.isEmpty()
                ? CompletableFuture.completedFuture(Optional.empty())
                : rest(sofar.concat(more.get()), start, length));
    }

    /** Exactly {@code length} VPD bytes from {@code offset}, or empty with a warning. */
    private CompletableFuture<Optional<Bytes>> bytes(int offset, int length) {
        return exchange.ask(new VpdReadRequest(0, offset, length), VpdReadResponse.class, WHAT, warnings).thenApply(r -> {
            if (r.isEmpty()) {
                return Optional.empty();
            }
            Bytes data = r.get().data();
            if (data.length() != length) {
                warnings.add(WHAT + ": asked for " + length + " bytes at offset " + offset + ", got " + data.length());
                return Optional.empty();
            }
            return Optional.of(data);
        });
    }

    private static FruInfo empty() {
        return new FruInfo(Optional.empty(), Optional.empty(), List.of());
    }
}
