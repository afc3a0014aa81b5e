package org.bmcplatform.mctp.binding.astlpc;

import java.util.Optional;

/**
 * The two packet buffers, named from the host's point of view as the control region names them
 * (reference mctp-stack.md §3.4): {@code rx} carries BMC to host, {@code tx} host to BMC.
 */
public record AstLpcLayout(PacketBuffer rx, PacketBuffer tx) {

    public AstLpcLayout {
        if (rx == null || tx == null) {
            throw new IllegalArgumentException("both buffers are required");
        }
    }

    /** The buffer a role writes its packets into (BMC: the host's rx; host: its tx). */
    public PacketBuffer transmitBuffer(AstLpcRole role) {
        return role == AstLpcRole.BMC ? rx : tx;
    }

    /** The buffer a role reads packets from (BMC: the host's tx; host: its rx). */
    public PacketBuffer receiveBuffer(AstLpcRole role) {
        return role == AstLpcRole.BMC ? tx : rx;
    }

    public AstLpcLayout withSizes(long rxSize, long txSize) {
        return new AstLpcLayout(rx.withSize(rxSize), tx.withSize(txSize));
    }

    /**
     * The first layout rule broken (libmctp mctp_astlpc_layout_validate), or empty: each buffer valid
     * (see {@link PacketBuffer#violation}) and the two disjoint.
     */
    public Optional<String> violation(int version, long windowSize) {
        Optional<String> bad = rx.violation("Rx", version, windowSize).or(() -> tx.violation("Tx", version, windowSize));
        if (bad.isPresent()) {
            return bad;
        }
        boolean overlap = (rx.offset() <= tx.offset() && rx.end() > tx.offset())
                || (tx.offset() <= rx.offset() && tx.end() > rx.offset());
        if (overlap) {
            return Optional.of("Rx buffer " + rx + " and Tx buffer " + tx + " overlap");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "rx " + rx + ", tx " + tx;
    }
}
