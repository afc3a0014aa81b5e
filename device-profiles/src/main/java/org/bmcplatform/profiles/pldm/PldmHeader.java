package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/**
 * The PLDM message header (DSP0240 Table "PLDM message common fields"), three bytes after the MCTP
 * type byte: byte 0 Rq (bit 7), D (bit 6), reserved (bit 5), Instance ID (bits 4:0); byte 1 header
 * version (bits 7:6) and PLDM type (bits 5:0); byte 2 command code. Rq=1 D=0 is a request, Rq=1 D=1
 * an unacknowledged request, Rq=0 D=0 a response; Rq=0 D=1 is reserved.
 */
public record PldmHeader(boolean request, boolean datagram, int instanceId, int headerVersion, PldmCommand command) {
    /** The only header version DSP0240 defines. */
    public static final int VERSION = 0;
    /** Header length without the MCTP type byte. */
    public static final int LENGTH = 3;

    public PldmHeader {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(headerVersion, 2, "header version");
        WireRange.required(command, "command");
    }

    /**
     * Reads the header of an MCTP message body (type byte at offset 0, header at 1..3), checking only
     * the type byte and the length: a view for inspection and for routing before a full decode.
     */
    public static PldmHeader read(Bytes message) {
        WireReader r = new WireReader(message);
        int type = r.u8("MCTP message type");
        if (type != PldmCodec.TYPE_BYTE) {
            throw new PldmFormatException(0, "MCTP message type",
                    String.format("expected 0x01 (PLDM, IC = 0), was 0x%02x", type));
        }
        int b0 = r.u8("Rq/D/Instance ID");
        int b1 = r.u8("header version/PLDM type");
        int cmd = r.u8("command code");
        return new PldmHeader((b0 & 0x80) != 0, (b0 & 0x40) != 0, b0 & 0x1F, b1 >>> 6,
                new PldmCommand(new PldmType(b1 & 0x3F), cmd));
    }

    void write(WireWriter w) {
        w.u8((request ? 0x80 : 0) | (datagram ? 0x40 : 0) | instanceId);
        w.u8(headerVersion << 6 | command.type().code());
        w.u8(command.code());
    }
}
