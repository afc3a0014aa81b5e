package org.bmcplatform.mctp.binding.astlpc;

import org.bmcplatform.mctp.MctpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The astlpc channel set-up of one binding (reference mctp-stack.md §3.4 "Sequences"; libmctp
 * mctp_astlpc_init_bmc, _init_host, _init_channel, _update_channel, _finalise_channel): the BMC
 * writes the control region and BMC_READY and answers Initialise with the negotiated version, layout
 * and CHANNEL_ACTIVE; the host waits for BMC_READY, proposes its versions and receive size, sends
 * Initialise and adopts the outcome when CHANNEL_ACTIVE appears. Runs under the binding's lock.
 */
final class ChannelSetup {
    private static final Logger log = LoggerFactory.getLogger(ChannelSetup.class);

    private final AstLpcBinding binding;
    private final KcsPort kcs;
    private final LpcWindow window;
    private final AstLpcSettings settings;
    /** BMC: the layout written at start-up. */
    private final AstLpcLayout bmcLayout;
    /** Host: STR as last evaluated. */
    private int lastStatus;
    /** Host: Initialise sent, the BMC's answer not yet seen. */
    private boolean awaitingChannel;

    ChannelSetup(AstLpcBinding binding, KcsPort kcs, LpcWindow window, AstLpcSettings settings) {
        this.binding = binding;
        this.kcs = kcs;
        this.window = window;
        this.settings = settings;
        if (settings.role() == AstLpcRole.BMC) {
            bmcLayout = AstLpcControlRegion.bmcLayout(settings.versionMax(), settings.mtu(), window.size());
            bmcLayout.violation(settings.versionMax(), window.size()).ifPresent(v -> {
                throw new IllegalArgumentException("a " + window.size() + "-byte LPC window cannot support an astlpc MTU of "
                        + settings.mtu() + ": " + v);
            });
        } else {
            bmcLayout = null;
            if (AstLpcFraming.bufferSize(settings.versionMax(), settings.mtu()) > window.size() - AstLpcControlRegion.SIZE) {
                throw new IllegalArgumentException("a " + window.size() + "-byte LPC window cannot hold an astlpc MTU of "
                        + settings.mtu());
            }
        }
    }

    /** The MTU reported before negotiation: what this side asks for (68 when it speaks only version 1). */
    int initialMtu() {
        if (settings.versionMax() == 1) {
            return AstLpcFraming.BASELINE_PACKET;
        }
        if (settings.role() == AstLpcRole.BMC) {
            return (int) AstLpcFraming.packetSize(settings.versionMax(), bmcLayout.rx().size());
        }
        return settings.mtu();
    }

    /** A status update: STR, then a dummy 0xFF in ODR so the host gets an interrupt. */
    void setStatus(int status) {
        kcs.writeStatus(status);
        kcs.writeData(AstLpcBinding.CMD_DUMMY);
    }

    // ---- BMC

    /** §3.4 step 1. */
    void bmcStart() {
        AstLpcControlRegion.bmcInitial(settings.versionMin(), settings.versionMax(), bmcLayout).write(window);
        binding.starting(bmcLayout);
        // explicitly clear OBF: any previous buffer state is irrelevant
        setStatus(KcsPort.STATUS_BMC_READY);
    }

    /** §3.4 step 3: the host sent Initialise. */
    void bmcInitChannel() {
        AstLpcControlRegion region = AstLpcControlRegion.read(window);
        int v = AstLpcControlRegion.negotiateVersion(settings.versionMin(), settings.versionMax(),
                region.hostVersionMin(), region.hostVersionCurrent());
        String failure = null;
        AstLpcLayout current = binding.layout;
        AstLpcLayout negotiated = null;
        long packetSize = 0;
        if (v == 0) {
            failure = "host versions " + region.hostVersionMin() + ".." + region.hostVersionCurrent()
                    + " do not overlap ours " + settings.versionMin() + ".." + settings.versionMax();
        } else {
            var proposal = region.layout().violation(v, window.size());
            if (proposal.isPresent()) {
                failure = "host proposed an invalid layout: " + proposal.get();
            } else {
                packetSize = AstLpcControlRegion.negotiateMtu(v, current, settings.mtu(), region.layout());
                long size = AstLpcFraming.bufferSize(v, packetSize);
                negotiated = current.withSizes(size, size);
                var result = negotiated.violation(v, window.size());
                if (result.isPresent()) {
                    failure = "MTU negotiation failed: " + result.get();
                }
            }
        }
        if (failure == null) {
            AstLpcControlRegion.writeLayout(window, negotiated);
            AstLpcControlRegion.writeNegotiatedVersion(window, v);
            int mtu = v >= 2 ? (int) packetSize : AstLpcFraming.BASELINE_PACKET;
            binding.activate(v, negotiated, mtu);
            log.info("astlpc BMC: channel active, version {}, MTU {} ({})", v, mtu, negotiated);
            setStatus(KcsPort.STATUS_BMC_READY | KcsPort.STATUS_CHANNEL_ACTIVE | KcsPort.STATUS_OBF);
        } else {
            AstLpcControlRegion.writeNegotiatedVersion(window, 0);
            binding.down(failure, MctpException.Reason.BINDING_DOWN);
            log.warn("astlpc BMC: cannot activate the channel: {}", failure);
            setStatus(KcsPort.STATUS_BMC_READY | KcsPort.STATUS_OBF);
        }
    }

    // ---- host

    /** Start: initialise now if the BMC is ready, else wait for its status update. */
    void hostStart() {
        lastStatus = kcs.readStatus();
        if ((lastStatus & KcsPort.STATUS_BMC_READY) != 0) {
            hostInit();
        } else {
            log.info("astlpc host: waiting for the BMC (BMC_READY clear)");
        }
    }

    /** §3.4 step 2. */
    private void hostInit() {
        AstLpcControlRegion region = AstLpcControlRegion.read(window);
        if (region.magic() != AstLpcControlRegion.MAGIC) {
            hostFails(String.format("control region magic is 0x%08x, not \"MCTP\"", region.magic()));
            return;
        }
        int v = AstLpcControlRegion.negotiateVersion(region.bmcVersionMin(), region.bmcVersionCurrent(),
                settings.versionMin(), settings.versionMax());
        if (v == 0) {
            hostFails("BMC versions " + region.bmcVersionMin() + ".." + region.bmcVersionCurrent()
                    + " do not overlap ours " + settings.versionMin() + ".." + settings.versionMax());
            return;
        }
        if (v >= 2) {
            var bmcOffer = region.layout().violation(v, window.size());
            if (bmcOffer.isPresent()) {
                hostFails("BMC provided an invalid layout: " + bmcOffer.get());
                return;
            }
            // propose our MTU, capped at the room before the next buffer (libmctp would fail init instead)
            AstLpcLayout offer = region.layout();
            long room = offer.tx().offset() > offer.rx().offset()
                    ? offer.tx().offset() - offer.rx().offset() : window.size() - offer.rx().offset();
            long rxSize = Math.min(AstLpcFraming.bufferSize(v, settings.mtu()), room);
            var ours = region.layout().withSizes(rxSize, region.layout().tx().size()).violation(v, window.size());
            if (ours.isPresent()) {
                hostFails("our receive size " + rxSize + " does not fit the BMC's layout: " + ours.get());
                return;
            }
            AstLpcControlRegion.writeHostRxSize(window, rxSize);
        }
        AstLpcControlRegion.writeHostVersions(window, settings.versionMin(), settings.versionMax());
        binding.starting(null);
        awaitingChannel = true;
        kcs.writeData(AstLpcBinding.CMD_INITIALISE);
    }

    private void hostFails(String why) {
        awaitingChannel = false;
        binding.down(why, MctpException.Reason.BINDING_DOWN);
        log.warn("astlpc host: cannot initialise the channel: {}", why);
    }

    /** §3.4 steps 4 and 7: re-evaluate STR after consuming a byte from ODR. */
    void hostStatusUpdate(int status) {
        int changed = lastStatus ^ status;
        lastStatus = status;
        if ((changed & KcsPort.STATUS_BMC_READY) != 0) {
            if ((status & KcsPort.STATUS_BMC_READY) != 0) {
                hostInit();
            } else {
                awaitingChannel = false;
                binding.down("BMC_READY cleared: the BMC went away", MctpException.Reason.BINDING_DOWN);
            }
            return;
        }
        if ((status & KcsPort.STATUS_BMC_READY) == 0) {
            return;
        }
        boolean active = (status & KcsPort.STATUS_CHANNEL_ACTIVE) != 0;
        if (active && (awaitingChannel || (changed & KcsPort.STATUS_CHANNEL_ACTIVE) != 0)) {
            finalise();
        } else if (!active && awaitingChannel && (status & KcsPort.STATUS_IBF) == 0) {
            // the BMC consumed our Initialise and answered without CHANNEL_ACTIVE
            hostFails("the BMC did not activate the channel (negotiated_ver "
                    + window.readU16(AstLpcControlRegion.OFFSET_NEGOTIATED_VERSION) + ")");
        } else if (!active && (changed & KcsPort.STATUS_CHANNEL_ACTIVE) != 0) {
            hostFails("the BMC cleared CHANNEL_ACTIVE");
        }
    }

    /** §3.4 step 4: adopt the negotiated version and layout. */
    private void finalise() {
        awaitingChannel = false;
        AstLpcControlRegion region = AstLpcControlRegion.read(window);
        int v = region.negotiatedVersion();
        if (v == 0 || v < settings.versionMin() || v > settings.versionMax()) {
            hostFails("BMC negotiated version " + v + ", outside ours " + settings.versionMin() + ".." + settings.versionMax());
            return;
        }
        var bad = region.layout().violation(v, window.size());
        if (bad.isPresent()) {
            hostFails("BMC proposed an invalid layout: " + bad.get());
            return;
        }
        AstLpcLayout l = region.layout();
        int mtu = v >= 2
                ? (int) Math.min(AstLpcFraming.packetSize(v, l.tx().size()), AstLpcFraming.packetSize(v, l.rx().size()))
                : AstLpcFraming.BASELINE_PACKET;
        binding.activate(v, l, mtu);
        log.info("astlpc host: channel active, version {}, MTU {} ({})", v, mtu, l);
    }
}
