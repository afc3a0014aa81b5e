package org.bmcplatform.profiles.ipmifru;

/** Bits 7:6 of a type/length byte (FRU spec §13, "Type/Length Byte Format"). All four codes are defined. */
public enum FieldType {
    BINARY(0), BCD_PLUS(1), SIX_BIT_ASCII(2), TEXT(3);

    private final int code;

    FieldType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static FieldType of(int code) {
        return values()[code & 3];
    }
}
