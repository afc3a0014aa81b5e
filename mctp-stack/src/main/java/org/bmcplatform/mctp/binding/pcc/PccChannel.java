package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The two subspaces of an MCTP-over-PCC channel seen from one end (DSP0292): an initiator (type 3,
 * OSPM to platform) and a responder (type 4, platform to OSPM), both handles acting for the same role.
 */
public record PccChannel(PccSubspace initiator, PccSubspace responder) implements AutoCloseable {

    public PccChannel {
        if (initiator.type() != PccSubspace.Type.INITIATOR) {
            throw new IllegalArgumentException("subspace " + initiator.id() + " is a " + initiator.type()
                    + " subspace; the first of a PCC channel must be an initiator (type 3)");
        }
        if (responder.type() != PccSubspace.Type.RESPONDER) {
            throw new IllegalArgumentException("subspace " + responder.id() + " is a " + responder.type()
                    + " subspace; the second of a PCC channel must be a responder (type 4)");
        }
        if (initiator.role() != responder.role()) {
            throw new IllegalArgumentException("both subspaces of a channel must act for one end, were "
                    + initiator.role() + " and " + responder.role());
        }
    }

    /**
     * Opens the channel a spec names: {@code pcc-file:/run/bmc/pcc0?size=4096&role=ospm} ({@link PccFile}) or
     * {@code pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3} ({@link PccHardware}); watchers run on {@code scheduler}.
     *
     * @throws IllegalArgumentException for a bad spec (naming the option)
     * @throws IllegalStateException    when the medium is missing or not permitted (saying how to fix it)
     */
    public static PccChannel open(BindingSpec spec, Scheduler scheduler) {
        return switch (spec.scheme()) {
            case "pcc-file" -> PccFile.open(spec, scheduler);
            case "pcc" -> PccHardware.open(spec, scheduler);
            default -> throw new IllegalArgumentException("backend '" + spec.scheme() + "' is not a PCC backend; use"
                    + " 'pcc-file:/path?size=4096&role=ospm' or 'pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3'");
        };
    }

    public PccRole role() {
        return initiator.role();
    }

    /** The subspace this end writes packets into. */
    public PccSubspace transmitSubspace() {
        return role() == PccRole.OSPM ? initiator : responder;
    }

    /** The subspace this end reads packets from. */
    public PccSubspace receiveSubspace() {
        return role() == PccRole.OSPM ? responder : initiator;
    }

    /** Bytes of shared memory both directions can use: the smaller subspace. */
    public int sharedMemorySize() {
        return Math.min(initiator.size(), responder.size());
    }

    @Override
    public void close() {
        try {
            initiator.close();
        } finally {
            responder.close();
        }
    }
}
