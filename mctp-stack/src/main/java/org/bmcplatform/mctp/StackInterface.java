package org.bmcplatform.mctp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.assembly.Reassembler;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PacketTap;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.time.Scheduler;

/** The stack's own state for one interface: its binding, reassembler, counters and local EID. */
final class StackInterface implements MctpInterface {
    private final String name;
    private final int network;
    private final Binding binding;
    private final DropCounters drops = new DropCounters();
    private final InterfaceCounters counters = new InterfaceCounters();
    private final Reassembler reassembler;
    private final InterfaceTaps taps;
    private volatile EndpointId localEid = EndpointId.NULL;
    private volatile boolean up = true;

    StackInterface(String name, int network, Binding binding, Scheduler scheduler, StackSettings settings) {
        this.name = name;
        this.network = network;
        this.binding = binding;
        this.reassembler = new Reassembler(scheduler, settings.reassembly(), drops);
        this.taps = new InterfaceTaps(name, scheduler, counters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int network() {
        return network;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    @Override
    public EndpointId localEid() {
        return localEid;
    }

    @Override
    public void setLocalEid(EndpointId eid) {
        if (eid == null || !(eid.isNull() || eid.isUnicast())) {
            throw new IllegalArgumentException("a local EID is the null EID or unicast 8..254, was " + eid);
        }
        this.localEid = eid;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public void setUp(boolean up) {
        this.up = up;
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public InterfaceCounters counters() {
        return counters;
    }

    @Override
    public void addTap(PacketTap tap) {
        taps.add(tap);
    }

    @Override
    public void removeTap(PacketTap tap) {
        taps.remove(tap);
    }

    /** Shows a packet received from the binding to the taps, before any check. */
    void tapInbound(Bytes packet, LinkAddress source) {
        taps.offer(Direction.INBOUND, packet, source);
    }

    Reassembler reassembler() {
        return reassembler;
    }

    /**
     * Transmits the packets of one message in order; counts packets and the message out. Packets
     * after {@code stillWanted} turns false are not sent.
     */
    CompletableFuture<Void> transmit(LinkAddress address, List<MctpPacket> packets, BooleanSupplier stillWanted) {
        if (!up) {
            return CompletableFuture.failedFuture(new MctpException(Reason.BINDING_DOWN, "interface " + name + " is down"));
        }
        List<CompletableFuture<Void>> stages = new ArrayList<>(packets.size());
        AtomicInteger sent = new AtomicInteger();
        for (MctpPacket p : packets) {
            if (!stillWanted.getAsBoolean()) {
                break;
            }
            CompletableFuture<Void> stage;
            try {
                Bytes encoded = PacketCodec.encode(p);
                taps.offer(Direction.OUTBOUND, encoded, address);
                stage = binding.transmit(encoded, address).toCompletableFuture();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            stages.add(stage.thenRun(() -> {
                counters.packetOut();
                sent.incrementAndGet();
            }));
            if (stage.isCompletedExceptionally()) {
                break;
            }
        }
        return CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).thenRun(() -> {
            if (sent.get() == packets.size()) {
                counters.messageOut();
            }
        });
    }

    @Override
    public String toString() {
        return name + " (" + binding.kind() + ", network " + network + ", EID " + localEid + (up ? ", up)" : ", down)");
    }
}
