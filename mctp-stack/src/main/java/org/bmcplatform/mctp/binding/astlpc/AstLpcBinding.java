package org.bmcplatform.mctp.binding.astlpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCTP over the OpenBMC astlpc binding (libmctp astlpc.c; reference mctp-stack.md §3.4), either role,
 * protocol versions 1-3: packets travel through two buffers in the {@link LpcWindow}, ownership is
 * handed over with KCS commands (0x01 Tx Begin, 0x02 Rx Complete) on a {@link KcsPort}.
 *
 * <p>One packet is in flight at a time; its stage completes when the peer hands the buffer back (Rx
 * Complete), and the others wait in order. While the channel is being set up, transmissions queue;
 * once it is known down (the BMC went away, negotiation failed, the binding closed) they fail with
 * BINDING_DOWN. Received buffers are handed back before their contents are checked; bad lengths, header
 * versions and v3 CRCs are dropped and counted, unexpected commands are counted as PROTOCOL_ERROR.
 */
public final class AstLpcBinding implements Binding {
    static final int CMD_INITIALISE = 0x00;
    static final int CMD_TX_BEGIN = 0x01;
    static final int CMD_RX_COMPLETE = 0x02;
    static final int CMD_DUMMY = 0xFF;

    private static final Logger log = LoggerFactory.getLogger(AstLpcBinding.class);

    enum LinkState { STARTING, ACTIVE, DOWN }

    private final KcsPort kcs;
    private final LpcWindow window;
    private final AstLpcSettings settings;
    private final AstLpcRole role;
    private final DropCounters drops = new DropCounters();
    private final TransmitQueue queue;
    private final List<Runnable> deferred = new ArrayList<>();
    private final ChannelSetup setup;

    private volatile PacketReceiver receiver;
    private volatile boolean started;
    private volatile boolean closed;
    private volatile int mtu;
    private volatile LinkState link = LinkState.STARTING;
    // guarded by this
    int version;
    AstLpcLayout layout;
    BufferState rxState = BufferState.IDLE;
    BufferState txState = BufferState.IDLE;
    private String downReason = "";

    /**
     * @param kcs       our side of the KCS pair; its side must match the settings' role
     * @param window    the LPC window shared with the peer
     * @param settings  role, requested MTU and versions
     * @throws IllegalArgumentException when the window cannot hold the requested MTU
     */
    public AstLpcBinding(KcsPort kcs, LpcWindow window, AstLpcSettings settings) {
        if (kcs.side() != settings.role()) {
            throw new IllegalArgumentException("KCS port is the " + kcs.side() + " side but the binding's role is "
                    + settings.role());
        }
        this.kcs = kcs;
        this.window = window;
        this.settings = settings;
        this.role = settings.role();
        this.queue = new TransmitQueue(settings.txQueueLimit());
        this.setup = new ChannelSetup(this, kcs, window, settings);
        this.mtu = setup.initialMtu();
    }

    @Override
    public String kind() {
        return "astlpc";
    }

    /** The packet size in use: the requested one until negotiation, then the negotiated one (68 in v1). */
    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public LinkAddress localAddress() {
        return LinkAddress.NONE;
    }

    public AstLpcRole role() {
        return role;
    }

    public AstLpcSettings settings() {
        return settings;
    }

    /** The negotiated protocol version, 0 while the channel is not active. */
    public synchronized int negotiatedVersion() {
        return version;
    }

    /** The buffer layout in use (host terms), empty before the BMC wrote it or the host read it. */
    public synchronized Optional<AstLpcLayout> layout() {
        return Optional.ofNullable(layout);
    }

    /** BMC_READY and CHANNEL_ACTIVE with a negotiated version. */
    @Override
    public boolean isLinkUp() {
        return link == LinkState.ACTIVE && !closed;
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public void start(PacketReceiver packetReceiver) {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("binding already started");
            }
            started = true;
            receiver = packetReceiver;
        }
        kcs.start(this::onKcsEvent);
        locked(() -> {
            if (role == AstLpcRole.BMC) {
                setup.bmcStart();
            } else {
                setup.hostStart();
            }
        });
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (closed) {
            return failed(MctpException.Reason.BINDING_DOWN, "astlpc " + role + " binding is closed");
        }
        if (packet.length() > mtu) {
            return failed(MctpException.Reason.TOO_LARGE, "packet of " + packet.length() + " bytes exceeds the astlpc MTU " + mtu);
        }
        if (packet.length() < 4) {
            return failed(MctpException.Reason.INVALID_ARGUMENT, "packet of " + packet.length()
                    + " bytes has no 4-byte transport header");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        locked(() -> {
            if (closed || link == LinkState.DOWN) {
                String why = closed ? "binding is closed" : downReason;
                done.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN, "astlpc channel is down: " + why));
            } else if (!queue.offer(packet, done)) {
                done.completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED, "astlpc transmit queue is full ("
                        + settings.txQueueLimit() + " packets)"));
            } else {
                transmitNext();
            }
        });
        return done;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        locked(() -> {
            closed = true;
            if (role == AstLpcRole.BMC && started) {
                try {
                    setup.setStatus(0); // clear BMC_READY and CHANNEL_ACTIVE: the host sees us go
                } catch (RuntimeException e) {
                    log.debug("astlpc: could not clear the KCS status on close", e);
                }
            }
            down("binding is closed", MctpException.Reason.BINDING_DOWN);
        });
        kcs.close();
        window.close();
    }

    // ---- event loop (libmctp mctp_astlpc_poll)

    private void onKcsEvent() {
        try {
            locked(this::poll);
        } catch (RuntimeException e) {
            drops.count(DropReason.PROTOCOL_ERROR);
            log.warn("astlpc {}: KCS/LPC access failed", role, e);
        }
    }

    private void poll() {
        if (closed) {
            return;
        }
        if (rxState == BufferState.PREPARED && kcsSend(CMD_RX_COMPLETE)) {
            rxState = BufferState.RELEASED;
        }
        if (txState == BufferState.PREPARED && kcsSend(CMD_TX_BEGIN)) {
            txState = BufferState.RELEASED;
        }
        while (!closed) {
            int status = kcs.readStatus();
            if (!readReady(status)) {
                break;
            }
            handle(kcs.readData(), status);
        }
        transmitNext();
        if (rxState == BufferState.PREPARED || txState == BufferState.PREPARED) {
            kcs.notifyWhenWritable();
        }
    }

    private void handle(int data, int status) {
        if (version == 0 && data != CMD_INITIALISE && data != CMD_DUMMY) {
            protocolError("command 0x%02x while the channel is not active", data);
        } else if (data == CMD_INITIALISE) {
            if (role == AstLpcRole.BMC) {
                setup.bmcInitChannel();
            } else {
                protocolError("Initialise (0x00) sent to the host");
            }
        } else if (data == CMD_TX_BEGIN) {
            if (rxState != BufferState.RELEASED) {
                protocolError("Tx Begin while our receive buffer is %s", rxState);
            } else {
                receive();
            }
        } else if (data == CMD_RX_COMPLETE) {
            if (txState != BufferState.RELEASED) {
                protocolError("Rx Complete while our transmit buffer is %s", txState);
            } else {
                txState = BufferState.ACQUIRED;
                deferred.add(queue.completeInFlight());
            }
        } else if (data != CMD_DUMMY) {
            protocolError("unknown command 0x%02x", data);
        }
        if (role == AstLpcRole.HOST) {
            // §3.4 step 7: every byte consumed from ODR re-evaluates STR (BMC loss, channel changes)
            setup.hostStatusUpdate(status);
        }
    }

    private void receive() {
        rxState = BufferState.ACQUIRED;
        PacketBuffer rb = layout.receiveBuffer(role);
        long length = window.readU32(rb.offset());
        AstLpcFraming.Rejected bad = AstLpcFraming.checkLength(length, AstLpcFraming.packetSize(version, rb.size()), mtu);
        byte[] data = null;
        if (bad == null) {
            data = new byte[(int) (length + (AstLpcFraming.hasCrc(version) ? AstLpcFraming.CRC_FIELD : 0))];
            window.read(rb.offset() + AstLpcFraming.LENGTH_FIELD, data, 0, data.length);
        }
        // §3.4 step 6: hand the buffer back before looking at the packet
        rxState = BufferState.PREPARED;
        if (kcsSend(CMD_RX_COMPLETE)) {
            rxState = BufferState.RELEASED;
        }
        AstLpcFraming.Decoded d = bad != null ? bad : AstLpcFraming.checkPacket(version, data, 0, (int) length);
        if (d instanceof AstLpcFraming.Accepted a) {
            PacketReceiver r = receiver;
            deferred.add(() -> deliver(r, a.packet()));
        } else if (d instanceof AstLpcFraming.Rejected r) {
            drops.count(r.reason());
            log.debug("astlpc {}: dropped a packet buffer: {}", role, r.detail());
        }
    }

    private void deliver(PacketReceiver r, Bytes packet) {
        if (closed) {
            drops.count(DropReason.INTERFACE_DOWN);
            return;
        }
        try {
            r.onPacket(packet, LinkAddress.NONE);
        } catch (RuntimeException e) {
            drops.count(DropReason.HANDLER_FAILED);
            log.warn("packet receiver failed on an astlpc packet", e);
        }
    }

    private void transmitNext() {
        while (link == LinkState.ACTIVE && txState == BufferState.ACQUIRED && queue.canStart()) {
            TransmitQueue.Pending p = queue.start();
            if (p.packet().length() > mtu) {
                deferred.add(queue.failInFlight(MctpException.Reason.TOO_LARGE,
                        "packet of " + p.packet().length() + " bytes exceeds the negotiated astlpc MTU " + mtu));
                continue;
            }
            PacketBuffer tb = layout.transmitBuffer(role);
            byte[] contents = AstLpcFraming.encode(version, p.packet());
            window.write(tb.offset(), contents, 0, contents.length);
            txState = BufferState.PREPARED;
            if (kcsSend(CMD_TX_BEGIN)) {
                txState = BufferState.RELEASED;
            }
        }
    }

    // ---- called by ChannelSetup under the lock

    boolean kcsSend(int command) {
        int status = kcs.readStatus();
        boolean writable = role == AstLpcRole.BMC ? (status & KcsPort.STATUS_OBF) == 0 : (status & KcsPort.STATUS_IBF) == 0;
        if (!writable) {
            return false;
        }
        kcs.writeData(command);
        return true;
    }

    private boolean readReady(int status) {
        return role == AstLpcRole.BMC ? (status & KcsPort.STATUS_IBF) != 0 : (status & KcsPort.STATUS_OBF) != 0;
    }

    /** The channel is up with this version, layout and MTU: both buffers start at their post-init owners. */
    void activate(int negotiated, AstLpcLayout active, int packetSize) {
        deferred.add(queue.failInFlight(MctpException.Reason.TRANSMIT_FAILED,
                "astlpc channel was re-initialised while the packet was in flight"));
        version = negotiated;
        layout = active;
        mtu = packetSize;
        txState = BufferState.ACQUIRED;
        rxState = BufferState.RELEASED;
        link = LinkState.ACTIVE;
        downReason = "";
    }

    /** Channel set-up is under way again (BMC start, host init sent): transmissions queue. */
    void starting(AstLpcLayout current) {
        version = 0;
        layout = current;
        rxState = BufferState.IDLE;
        txState = BufferState.IDLE;
        link = LinkState.STARTING;
        downReason = "";
    }

    /** The channel is down: buffers idle, the packet in flight and the queue fail. */
    void down(String why, MctpException.Reason reason) {
        boolean wasUp = link == LinkState.ACTIVE;
        link = LinkState.DOWN;
        downReason = why;
        version = 0;
        rxState = BufferState.IDLE;
        txState = BufferState.IDLE;
        deferred.addAll(queue.failAll(reason, "astlpc channel is down: " + why));
        if (closed) {
            log.debug("astlpc {}: channel down: {}", role, why);
        } else {
            log.info("astlpc {}: channel {}: {}", role, wasUp ? "down" : "not active", why);
        }
    }

    void protocolError(String format, Object... args) {
        drops.count(DropReason.PROTOCOL_ERROR);
        if (log.isDebugEnabled()) {
            log.debug("astlpc {}: protocol error: {}", role, String.format(format, args));
        }
    }

    private void locked(Runnable body) {
        List<Runnable> after;
        synchronized (this) {
            try {
                body.run();
            } finally {
                after = new ArrayList<>(deferred);
                deferred.clear();
            }
        }
        for (Runnable r : after) {
            r.run();
        }
    }

    private static CompletionStage<Void> failed(MctpException.Reason reason, String message) {
        return CompletableFuture.failedFuture(new MctpException(reason, message));
    }

    @Override
    public String toString() {
        return "astlpc-" + role.name().toLowerCase() + "(v" + version + ", mtu " + mtu + ", " + link + ")";
    }
}
