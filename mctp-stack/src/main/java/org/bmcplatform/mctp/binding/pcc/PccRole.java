package org.bmcplatform.mctp.binding.pcc;

/**
 * The two ends of a PCC channel (ACPI 6.4 §14): OSPM (the host operating system, which sends on the
 * initiator subspace and receives on the responder subspace) and the platform (the controller behind
 * the channel, e.g. a BMC or a simulated one, which does the mirror image).
 */
public enum PccRole {
    OSPM,
    PLATFORM;

    /** The other end. */
    public PccRole peer() {
        return this == OSPM ? PLATFORM : OSPM;
    }
}
