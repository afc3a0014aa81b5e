package org.bmcplatform.profiles.pldm;

/**
 * The explicit fields of the PDR common header (DSP0248 Table 75 "PLDM common PDR header format"):
 * recordHandle u32, PDRHeaderVersion u8 (0x01), recordChangeNumber u16. The other two header fields
 * are implicit: PDRType comes from the record's class and dataLength u16 from its body, both written
 * by {@link PdrCodec}. Wire order: handle, version, type, change number, data length (10 bytes).
 */
public record PdrHeader(long recordHandle, int version, int recordChangeNumber) {
    /** The PDR header version DSP0248 1.x defines. */
    public static final int VERSION = 0x01;
    public static final int LENGTH = 10;

    public PdrHeader {
        WireRange.unsigned(recordHandle, 32, "record handle");
        WireRange.unsigned(version, 8, "PDR header version");
        WireRange.unsigned(recordChangeNumber, 16, "record change number");
    }

    /** Header version 1. */
    public static PdrHeader of(long recordHandle, int recordChangeNumber) {
        return new PdrHeader(recordHandle, VERSION, recordChangeNumber);
    }
}
