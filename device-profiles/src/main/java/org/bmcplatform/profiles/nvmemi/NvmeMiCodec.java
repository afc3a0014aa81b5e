package org.bmcplatform.profiles.nvmemi;

import java.util.zip.CRC32C;
import org.bmcplatform.mctp.Bytes;

/**
 * Encodes and decodes NVMe-MI messages over MCTP (NVMe-MI 1.2 §3.1, DSP0235), requests and
 * responses alike, so a requester and a simulated drive speak through the same code. Messages start
 * with the MCTP type byte 0x84 (type 4, IC = 1) and end with the MIC: CRC-32C over every preceding
 * byte including 0x84, little-endian (NVMe-MI 1.2 §4.2.1.1).
 *
 * <p>Stateless. Malformed input raises {@link NvmeMiFormatException} (offset and field), nothing else.
 */
public final class NvmeMiCodec {
    /** MCTP message type byte: IC = 1, type 4. */
    public static final int TYPE_BYTE = 0x84;
    static final int HEADER_LENGTH = 4;
    static final int MIC_LENGTH = 4;

    private NvmeMiCodec() {
    }

    /** The whole message: type byte, NMP, body, MIC. */
    public static Bytes encode(MiMessage message) {
        WireWriter w = new WireWriter();
        boolean response = message instanceof MiResponse;
        w.u8(TYPE_BYTE).u8((response ? 0x80 : 0) | message.kind().code() << 3 | message.csi()).u8(0).u8(0);
        if (message instanceof MiRequest request) {
            RequestBodies.encode(request, w);
        } else {
            ResponseBodies.encode((MiResponse) message, w);
        }
        byte[] body = w.array();
        long mic = mic(body, body.length);
        return Bytes.wrap(w.u32(mic).array());
    }

    /** Decodes a request (ROR = 0), as a management endpoint receives it. */
    public static MiRequest decodeRequest(Bytes message) {
        WireReader r = frame(message);
        int nmp = message.get(1);
        if ((nmp & 0x80) != 0) {
            throw new NvmeMiFormatException(1, "NMP.ROR", "expected a request (ROR = 0) but ROR = 1");
        }
        return RequestBodies.decode(r, nmp & 1, new MessageKind(nmp >>> 3 & 0xF));
    }

    /**
     * Decodes the response to {@code request}: checks ROR = 1 and that NMIMT and CSI echo the request
     * (libnvme {@code nvme_mi_submit}); a non-success status becomes an {@link ErrorResponse}.
     */
    public static MiResponse decodeResponse(Bytes message, MiRequest request) {
        WireReader r = frame(message);
        int nmp = message.get(1);
        if ((nmp & 0x80) == 0) {
            throw new NvmeMiFormatException(1, "NMP.ROR", "expected a response (ROR = 1) but ROR = 0");
        }
        MessageKind kind = new MessageKind(nmp >>> 3 & 0xF);
        if (!kind.equals(request.kind())) {
            throw new NvmeMiFormatException(1, "NMP.NMIMT", "response is " + kind + " but the request was " + request.kind());
        }
        if ((nmp & 1) != request.csi()) {
            throw new NvmeMiFormatException(1, "NMP.CSI", "response slot " + (nmp & 1) + " but the request used " + request.csi());
        }
        return ResponseBodies.decode(r, request);
    }

    /** CRC-32C of the first {@code length} bytes. */
    static long mic(byte[] data, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, 0, length);
        return crc.getValue();
    }

    /** Checks length, MIC and type byte; returns a reader over the body (offset 4 up to the MIC). */
    private static WireReader frame(Bytes message) {
        int len = message.length();
        if (len < HEADER_LENGTH + MIC_LENGTH) {
            throw new NvmeMiFormatException(len, "MIC", "message of " + len + " bytes is shorter than header + MIC ("
                    + (HEADER_LENGTH + MIC_LENGTH) + ")");
        }
        int micAt = len - MIC_LENGTH;
        long expected = mic(message.toArray(), micAt);
        WireReader micReader = new WireReader(message, micAt, len);
        long actual = micReader.u32("MIC");
        if (actual != expected) {
            throw new NvmeMiFormatException(micAt, "MIC", String.format("integrity check failed: carried 0x%08x, computed 0x%08x", actual, expected));
        }
        if (message.get(0) != TYPE_BYTE) {
            throw new NvmeMiFormatException(0, "message type", String.format("expected 0x84 (NVMe-MI, IC = 1), was 0x%02x", message.get(0)));
        }
        return new WireReader(message, HEADER_LENGTH, micAt);
    }
}
