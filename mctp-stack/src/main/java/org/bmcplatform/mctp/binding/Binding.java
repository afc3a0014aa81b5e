package org.bmcplatform.mctp.binding;

import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;

/**
 * A physical binding at libmctp size (STYLE.md rule 14): pure framing over a small backend port.
 * It carries whole MCTP packets (4-byte transport header + payload); it knows nothing of messages.
 */
public interface Binding extends AutoCloseable {

    /** The binding kind, e.g. {@code smbus}, {@code serial}. */
    String kind();

    /** Largest MCTP packet (header included) this binding instance carries; at least 68 (BTU + header). */
    int mtu();

    /** Our own physical address on this medium ({@link LinkAddress#NONE} on point-to-point links). */
    LinkAddress localAddress();

    /** Starts receiving; received packets are pushed to the receiver. Called once. */
    void start(PacketReceiver receiver);

    /**
     * Queues one packet for transmission to a physical address. The stage completes when the medium
     * accepted it and fails with an {@link org.bmcplatform.mctp.MctpException} (TRANSMIT_FAILED,
     * BINDING_DOWN, TOO_LARGE) when it could not. Packets to one destination go out in call order.
     */
    CompletionStage<Void> transmit(Bytes packet, LinkAddress destination);

    /**
     * Whether the medium can carry packets now: false while a serial device is unplugged, before an
     * astlpc channel is active (BMC_READY + CHANNEL_ACTIVE), or while a PCC channel is closed. The
     * administrative up/down state lives on the interface, not here.
     */
    default boolean isLinkUp() {
        return true;
    }

    /** Framing drops counted by reason (bad PEC, bad length...). */
    DropCounters drops();

    /** Idempotent. */
    @Override
    void close();
}
