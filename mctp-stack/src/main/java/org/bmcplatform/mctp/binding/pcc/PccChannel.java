package org.bmcplatform.mctp.binding.pcc;

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
