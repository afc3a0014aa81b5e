package org.bmcplatform.sim.fault;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.sim.bus.ForwardingBinding;
import org.bmcplatform.sim.bus.WireDamage;
import org.bmcplatform.sim.fault.FaultInjector.Effect;

/**
 * A component's binding that applies its {@link FaultInjector}'s plan to the replies it sends: the one
 * place every kind of virtual device (NVMe drive, MCTP endpoint, PLDM HBA) gets its faults, on every
 * medium. It reads the MCTP transport header of each outgoing packet (DSP0236 §8.1): a packet with
 * TO = 0 and SOM set starts a reply, the injector decides its fate once, and the reply's later packets
 * (same destination and tag, up to EOM) share it. A corrupt reply is not changed here: its packets are
 * marked in the injector's {@link WireDamage}, which the medium beneath applies to their frames on the
 * wire, after the binding framed them. Requests the device sends (TO = 1) pass untouched.
 * Received packets pass untouched too, so the device's receive path is never affected; a fault that
 * fails to apply is counted in {@link FaultStatus#failures()} and the packet goes out as it was.
 */
public final class FaultBinding extends ForwardingBinding {
    /** Header byte 3: SOM(7) EOM(6) seq(5:4) TO(3) tag(2:0). */
    private static final int SOM = 0x80;
    private static final int EOM = 0x40;
    private static final int TAG_OWNER = 0x08;
    private static final int TAG_MASK = 0x07;
    /** The wrong tag differs in its top bit, far from the low tags a requester allocates first. */
    static final int WRONG_TAG_BIT = 0x04;

    private final FaultInjector faults;
    private final Map<ReplyKey, Effect> replies = new HashMap<>();

    public FaultBinding(Binding medium, FaultInjector faults) {
        super(medium);
        this.faults = faults;
    }

    private record ReplyKey(LinkAddress destination, int tag) {
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        Effect effect;
        Bytes out;
        try {
            effect = effectOf(packet, destination);
            if (effect.isNone()) {
                return medium.transmit(packet, destination);
            }
            if (effect.drop()) {
                return CompletableFuture.completedFuture(null);
            }
            out = rewrite(packet, effect);
        } catch (RuntimeException e) {
            faults.countFailure();
            return medium.transmit(packet, destination);
        }
        if (effect.delay().isZero()) {
            return send(out, destination, effect.corrupt());
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        faults.scheduler().schedule(effect.delay(), () -> send(out, destination, effect.corrupt()).whenComplete((v, e) -> {
            if (e != null) {
                sent.completeExceptionally(e);
            } else {
                sent.complete(null);
            }
        }));
        return sent;
    }

    /**
     * Hands the packet to the medium; a corrupt one marked for damage on the wire. A mark still there once
     * the packet was sent means no frame carried it, a failure to apply the fault.
     */
    private CompletionStage<Void> send(Bytes packet, LinkAddress destination, boolean corrupt) {
        if (!corrupt) {
            return medium.transmit(packet, destination);
        }
        WireDamage wire = faults.wire();
        wire.mark(packet);
        CompletionStage<Void> sent;
        try {
            sent = medium.transmit(packet, destination);
        } catch (RuntimeException e) {
            wire.unmark(packet);
            throw e;
        }
        return sent.whenComplete((v, e) -> {
            if (wire.unmark(packet) && e == null) {
                faults.countFailure();
            }
        });
    }

    private Effect effectOf(Bytes packet, LinkAddress destination) {
        if (packet.length() < 4) {
            return Effect.NONE;
        }
        int flags = packet.get(3);
        if ((flags & TAG_OWNER) != 0) {
            return Effect.NONE;
        }
        ReplyKey key = new ReplyKey(destination, flags & TAG_MASK);
        boolean eom = (flags & EOM) != 0;
        synchronized (replies) {
            if ((flags & SOM) != 0) {
                Effect e = faults.decide();
                if (eom || e.isNone()) {
                    replies.remove(key);
                } else {
                    replies.put(key, e);
                }
                return e;
            }
            Effect e = eom ? replies.remove(key) : replies.get(key);
            return e == null ? Effect.NONE : e;
        }
    }

    private static Bytes rewrite(Bytes packet, Effect effect) {
        byte[] b = packet.toArray();
        if (effect.wrongTag()) {
            b[3] ^= WRONG_TAG_BIT;
        }
        int flags = packet.get(3);
        if (effect.truncate() && (flags & EOM) != 0 && b.length > 5) {
            int payload = b.length - 4;
            return Bytes.of(b, 0, 4 + Math.max(1, payload / 2));
        }
        return Bytes.wrap(b);
    }
}
