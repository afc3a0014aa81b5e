package org.bmcplatform.profiles.ipmifru;

/** A problem found while parsing a FRU image that did not stop the other areas from parsing. */
public record FruProblem(int offset, String field, String message) {
    static FruProblem of(FruFormatException e) {
        return new FruProblem(e.offset(), e.field(), e.getMessage());
    }
}
