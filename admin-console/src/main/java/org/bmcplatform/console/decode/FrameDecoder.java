package org.bmcplatform.console.decode;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.inspect.FrameInspector;
import org.bmcplatform.mctp.inspect.Inspection;

/** The console's one seam to mctp-stack's {@code FrameInspector} (DESIGN.md, mctp-stack inspect). */
final class FrameDecoder {

    private FrameDecoder() {
    }

    /** An MCTP-over-SMBus/I2C frame (DSP0237), from the destination address to the PEC. */
    static DecodedFrame smbus(Bytes frame) {
        return adapt(FrameInspector.smbus(frame));
    }

    /** An MCTP-over-serial frame (DSP0253), from the opening 0x7E to the closing 0x7E. */
    static DecodedFrame serial(Bytes frame) {
        return adapt(FrameInspector.serial(frame));
    }

    /** A bare MCTP packet from a LINKTYPE_MCTP capture, from the transport header on. */
    static DecodedFrame packet(Bytes packet) {
        return adapt(FrameInspector.packet(packet));
    }

    private static DecodedFrame adapt(Inspection inspection) {
        return new DecodedFrame(inspection.valid(),
                inspection.fields().stream().map(f -> new DecodedFrame.Field(f.name(), f.value())).toList(),
                inspection.error());
    }
}
