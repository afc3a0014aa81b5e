package org.bmcplatform.profiles.ipmifru;

import java.util.List;
import java.util.Optional;

/**
 * The parsed content of a FRU image (FRU spec §8, §11, §12): the board and product areas when
 * present and intact, plus the problems (e.g. an area checksum failure) that made an area unusable.
 */
public record FruInfo(Optional<BoardInfo> board, Optional<ProductInfo> product, List<FruProblem> problems) {
    public FruInfo {
        if (board == null || product == null) {
            throw new IllegalArgumentException("use Optional.empty() for an absent area");
        }
        problems = List.copyOf(problems);
    }

    public static FruInfo of(BoardInfo board, ProductInfo product) {
        return new FruInfo(Optional.ofNullable(board), Optional.ofNullable(product), List.of());
    }
}
