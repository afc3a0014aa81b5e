package org.bmcplatform.profiles.nvmemi;

/**
 * An NVMe-MI message over MCTP (NVMe-MI 1.2 §3.1, DSP0235): type byte 0x84, NMP (ROR, NMIMT, CSI),
 * body, MIC. The type byte, NMP and MIC are implicit: {@link NvmeMiCodec} computes them.
 */
public sealed interface MiMessage permits MiRequest, MiResponse {

    /** Command slot identifier, 0 or 1. */
    int csi();

    /** NMIMT of this message. */
    MessageKind kind();
}
