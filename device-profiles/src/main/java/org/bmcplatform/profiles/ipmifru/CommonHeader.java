package org.bmcplatform.profiles.ipmifru;

/**
 * Common Header, 8 bytes (FRU spec §8): format version 1, the starting offsets of the internal use,
 * chassis info, board info, product info and multirecord areas in multiples of 8 bytes (0 = absent),
 * a pad byte and a zero checksum (computed by the codec).
 */
public record CommonHeader(int internalUseOffset, int chassisInfoOffset, int boardInfoOffset,
                           int productInfoOffset, int multiRecordOffset) {
    public static final int LENGTH = 8;
    public static final int FORMAT_VERSION = 0x01;

    public CommonHeader {
        for (int v : new int[] {internalUseOffset, chassisInfoOffset, boardInfoOffset, productInfoOffset, multiRecordOffset}) {
            if (v < 0 || v > 0xFF) {
                throw new IllegalArgumentException("area offsets are one byte (8-byte units), was " + v);
            }
        }
    }

    /** Byte offset of the board info area, or -1 when absent. */
    public int boardInfoStart() {
        return boardInfoOffset == 0 ? -1 : boardInfoOffset * 8;
    }

    /** Byte offset of the product info area, or -1 when absent. */
    public int productInfoStart() {
        return productInfoOffset == 0 ? -1 : productInfoOffset * 8;
    }
}
