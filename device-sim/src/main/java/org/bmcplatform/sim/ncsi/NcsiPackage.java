package org.bmcplatform.sim.ncsi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.profiles.ncsi.AenEnableRequest;
import org.bmcplatform.profiles.ncsi.AenEnableResponse;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.CounterWidth;
import org.bmcplatform.profiles.ncsi.ErrorResponse;
import org.bmcplatform.profiles.ncsi.GetCapabilitiesRequest;
import org.bmcplatform.profiles.ncsi.GetCapabilitiesResponse;
import org.bmcplatform.profiles.ncsi.GetControllerPacketStatisticsRequest;
import org.bmcplatform.profiles.ncsi.GetControllerPacketStatisticsResponse;
import org.bmcplatform.profiles.ncsi.GetLinkStatusRequest;
import org.bmcplatform.profiles.ncsi.GetLinkStatusResponse;
import org.bmcplatform.profiles.ncsi.GetPackageUuidRequest;
import org.bmcplatform.profiles.ncsi.GetPackageUuidResponse;
import org.bmcplatform.profiles.ncsi.GetVersionIdRequest;
import org.bmcplatform.profiles.ncsi.GetVersionIdResponse;
import org.bmcplatform.profiles.ncsi.LinkStatus;
import org.bmcplatform.profiles.ncsi.LinkStatusChangeAen;
import org.bmcplatform.profiles.ncsi.NcsiCodec;
import org.bmcplatform.profiles.ncsi.NcsiCommand;
import org.bmcplatform.profiles.ncsi.NcsiFormatException;
import org.bmcplatform.profiles.ncsi.NcsiRequest;
import org.bmcplatform.profiles.ncsi.NcsiResponse;
import org.bmcplatform.profiles.ncsi.NcsiVersion;
import org.bmcplatform.profiles.ncsi.OtherRequest;
import org.bmcplatform.profiles.ncsi.OtherResponse;
import org.bmcplatform.profiles.ncsi.PacketStatistics;
import org.bmcplatform.profiles.ncsi.ReasonCode;
import org.bmcplatform.profiles.ncsi.ResponseCode;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;

/**
 * A simulated NC-SI package (DSP0222 over MCTP per DSP0261) that decodes every command and encodes every
 * answer with {@link NcsiCodec}. Its channels are the NIC's ports.
 *
 * <ul>
 *   <li>Per channel: Get Link Status (0x0A), Get Version ID (0x15), Get Capabilities (0x16), Get Controller
 *       Packet Statistics (0x18, 64-bit or 32-bit layout), Clear Initial State (0x00) and AEN Enable (0x08:
 *       the channel sends the AENs it enables to the endpoint that asked, with the AEN MC ID it gave).</li>
 *   <li>Package-level or per channel: Get Package UUID (0x52; Linux sends it to channel 0x1F), Select
 *       Package (0x01, 4-byte payload) and Deselect Package (0x02).</li>
 *   <li>A per-channel command sent to channel 0x1F (the package) is refused with Command Failed /
 *       Parameter Is Invalid (0x0001 / 0x0002): the channel ID is the invalid parameter.</li>
 *   <li>Any other command: Command Unsupported / Unknown Command Type (0x0003 / 0x7FFF); Get Link Status
 *       too when the package is built without it (an InfiniBand-mode port).</li>
 *   <li>A command of the right type but the wrong payload length: Command Failed / Invalid Payload Length
 *       (0x0001 / 0x0005). An AEN Enable asking for AENs the package does not offer: Command Failed /
 *       Parameter Is Invalid.</li>
 *   <li>Not answered, counted in {@link #dropped()}: bytes that are not an NC-SI command (bad checksum,
 *       wrong revision, a response or AEN type), commands for another package ID, and commands for a
 *       channel the package does not have (as on the wire: the requester's probe times out).</li>
 * </ul>
 *
 * A link change on a channel whose AEN Enable set bit 0 (Link Status Change) sends a
 * {@link LinkStatusChangeAen} (IID 0, the AEN MC ID, the channel's Channel ID) through the
 * {@link AenSink} to the controller that enabled it. {@link #answer} never throws. Thread-safe.
 */
public final class NcsiPackage {
    /** AEN Control bit 0: Link Status Change; the only AEN the package offers. */
    public static final long AEN_LINK_STATUS_CHANGE = 0x1;
    /** Capabilities Flags: OS presence (bit 1) and all-multicast (bit 4); no hardware arbitration. */
    static final long CAPABILITY_FLAGS = 0x12;
    /** Broadcast filters: ARP, DHCP client, DHCP server, NetBIOS. */
    static final long BROADCAST_FILTERS = 0x0F;
    /** Multicast filters: IPv6 neighbour advertisement, router advertisement, DHCPv6 relay. */
    static final long MULTICAST_FILTERS = 0x07;
    static final long BUFFERING_BYTES = 16 * 1024;
    static final int VLAN_FILTERS = 8;
    static final int MULTICAST_FILTER_COUNT = 4;
    static final int UNICAST_FILTER_COUNT = 4;
    /** VLAN modes: VLAN only, VLAN + non-VLAN, any VLAN + non-VLAN. */
    static final int VLAN_MODES = 0x07;
    /** Other Indications bit 0: the host's NC driver is running. */
    static final long HOST_DRIVER_RUNNING = 0x1;
    static final int SELECT_PACKAGE_PAYLOAD = 4;

    /** What Get Version ID and Get Package UUID report (DSP0222 "Get Version ID response"). */
    public record Identity(int packageId, NcsiVersion version, Bytes firmwareName, long firmwareVersion, int pciDeviceId,
                           int pciVendorId, int pciSubsystemId, int pciSubsystemVendorId, long manufacturerId, UUID uuid) {
    }

    /**
     * How the package deviates.
     *
     * @param counterWidth        the Get Controller Packet Statistics layout
     * @param linkStatusSupported false: Get Link Status answers Command Unsupported and no link AEN is offered
     */
    public record Behaviour(CounterWidth counterWidth, boolean linkStatusSupported) {
        public static final Behaviour DEFAULT = new Behaviour(CounterWidth.BITS_64, true);
    }

    /** One port: its channel ID, speed and link at power-on. */
    public record Port(int channel, SpeedDuplex speed, boolean linkUp) {
    }

    /** Sends an encoded AEN (MCTP message body) to a controller; must not block. */
    @FunctionalInterface
    public interface AenSink {
        void send(AenTarget target, Bytes aen);
    }

    private final Identity identity;
    private final Behaviour behaviour;
    private final Map<Integer, NcsiChannel> channels = new TreeMap<>();
    private final LongSupplier nanoClock;
    private final AenSink aens;
    private long answered;
    private long dropped;
    private long failures;
    private long aensSent;

    public NcsiPackage(Identity identity, Behaviour behaviour, List<Port> ports, LongSupplier nanoClock, AenSink aens) {
        this.identity = identity;
        this.behaviour = behaviour;
        this.nanoClock = nanoClock;
        this.aens = aens;
        long now = nanoClock.getAsLong();
        for (Port p : ports) {
            if (p.channel() < 0 || p.channel() >= ChannelId.PACKAGE_LEVEL || channels.containsKey(p.channel())) {
                throw new IllegalArgumentException("channel " + p.channel() + " is not a free channel ID (0..30)");
            }
            channels.put(p.channel(), new NcsiChannel(p.channel(), p.speed(), p.linkUp(), now));
        }
    }

    public Identity identity() {
        return identity;
    }

    /** The AEN Control bits the package offers (Get Capabilities AEN Control Support). */
    public long aenSupport() {
        return behaviour.linkStatusSupported() ? AEN_LINK_STATUS_CHANGE : 0;
    }

    /** The answer to one MCTP message of type NC-SI (type byte first); empty when nothing is sent back. */
    public Optional<Bytes> answer(IncomingRequest request) {
        Optional<Bytes> answer;
        synchronized (this) {
            try {
                answer = respond(request);
            } catch (RuntimeException e) {
                failures++;
                answer = Optional.empty();
            }
            if (answer.isPresent()) {
                answered++;
            } else {
                dropped++;
            }
        }
        return answer;
    }

    /** Brings a channel's link up or down; a change sends a Link Status Change AEN if the channel enabled it. */
    public void setLink(int channel, boolean up) {
        AenTarget target = null;
        Bytes aen = null;
        synchronized (this) {
            NcsiChannel c = channel(channel);
            if (!c.setUp(up, nanoClock.getAsLong())) {
                return;
            }
            if ((c.aenControl() & AEN_LINK_STATUS_CHANGE) != 0 && c.aenTarget() != null) {
                target = c.aenTarget();
                aen = NcsiCodec.encode(new LinkStatusChangeAen(new ControlHeader(target.mcId(), 0,
                        ChannelId.of(identity.packageId(), channel)), c.linkStatus(), 0));
                aensSent++;
            }
        }
        if (aen != null) {
            aens.send(target, aen);
        }
    }

    /** The channel receives {@code count} frames with a bad FCS: its FCS Receive Errors counter grows by that. */
    public synchronized void receiveBadFrames(int channel, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is at least 0, was " + count);
        }
        channel(channel).receiveBadFrames(count);
    }

    public synchronized boolean linkUp(int channel) {
        return channel(channel).up();
    }

    /** What Get Link Status reports for the channel now. */
    public synchronized LinkStatus linkStatus(int channel) {
        return channel(channel).linkStatus();
    }

    /** The channel's counters now, in the package's layout. */
    public synchronized PacketStatistics statistics(int channel) {
        return channel(channel).statistics(behaviour.counterWidth(), nanoClock.getAsLong());
    }

    /** The AEN Control bits the channel's last AEN Enable set (0 until then). */
    public synchronized long aenControl(int channel) {
        return channel(channel).aenControl();
    }

    public synchronized List<Integer> channelIds() {
        return new ArrayList<>(channels.keySet());
    }

    /** Commands answered (refusals included). */
    public synchronized long answered() {
        return answered;
    }

    /** Messages not answered: malformed, for another package, for a channel it does not have. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Commands whose handling failed inside the package (not answered). */
    public synchronized long failures() {
        return failures;
    }

    /** Link Status Change AENs handed to the sink. */
    public synchronized long aensSent() {
        return aensSent;
    }

    private NcsiChannel channel(int channel) {
        NcsiChannel c = channels.get(channel);
        if (c == null) {
            throw new IllegalArgumentException("no channel " + channel + "; channels: " + channels.keySet());
        }
        return c;
    }

    private Optional<Bytes> respond(IncomingRequest in) {
        NcsiRequest request;
        try {
            request = NcsiCodec.decodeRequest(in.message());
        } catch (NcsiFormatException e) {
            return badPayloadLength(in.message(), e).map(NcsiCodec::encode);
        }
        if (!addressedHere(request.header().channel()) || request.command().code() == 0x7F) {
            return Optional.empty(); // command 0x7F has no response type (0xFF is the AEN type)
        }
        return Optional.of(NcsiCodec.encode(respond(request, in)));
    }

    /** Ours: our package ID, and the package itself or one of our channels. */
    private boolean addressedHere(ChannelId id) {
        return id.packageId() == identity.packageId() && (id.isPackageLevel() || channels.containsKey(id.channel()));
    }

    /** A command whose header and checksum are good but whose payload length does not fit its layout. */
    private Optional<NcsiResponse> badPayloadLength(Bytes m, NcsiFormatException e) {
        if (e.offset() != 7 || !e.field().equals("payload length") || m.length() < 1 + NcsiCodec.HEADER_LENGTH + 4) {
            return Optional.empty();
        }
        ChannelId channel = ChannelId.ofCode(m.get(6));
        int type = m.get(5);
        if (type >= 0x7F || !addressedHere(channel)) {
            return Optional.empty();
        }
        return Optional.of(new ErrorResponse(new ControlHeader(m.get(1), m.get(4), channel), NcsiCommand.of(type),
                ResponseCode.FAILED, ReasonCode.INVALID_PAYLOAD_LENGTH, Bytes.EMPTY));
    }

    private NcsiResponse respond(NcsiRequest request, IncomingRequest in) {
        ControlHeader h = request.header();
        NcsiCommand command = request.command();
        if (request instanceof GetPackageUuidRequest) {
            return new GetPackageUuidResponse(h, ReasonCode.NO_ERROR, identity.uuid());
        }
        if (command.equals(NcsiCommand.SELECT_PACKAGE)) {
            return generic((OtherRequest) request, SELECT_PACKAGE_PAYLOAD);
        }
        if (command.equals(NcsiCommand.DESELECT_PACKAGE)) {
            return generic((OtherRequest) request, 0);
        }
        boolean perChannel = request instanceof GetVersionIdRequest || request instanceof GetCapabilitiesRequest
                || request instanceof GetControllerPacketStatisticsRequest || command.equals(NcsiCommand.CLEAR_INITIAL_STATE)
                || command.equals(NcsiCommand.AEN_ENABLE) || (request instanceof GetLinkStatusRequest && behaviour.linkStatusSupported());
        if (!perChannel) {
            return ErrorResponse.of(request, ResponseCode.UNSUPPORTED, ReasonCode.UNKNOWN_COMMAND_TYPE);
        }
        if (h.channel().isPackageLevel()) {
            return ErrorResponse.of(request, ResponseCode.FAILED, ReasonCode.PARAMETER_INVALID);
        }
        NcsiChannel channel = channels.get(h.channel().channel());
        long now = nanoClock.getAsLong();
        if (request instanceof GetLinkStatusRequest) {
            return new GetLinkStatusResponse(h, ReasonCode.NO_ERROR, channel.linkStatus(), HOST_DRIVER_RUNNING, 0);
        }
        if (request instanceof GetVersionIdRequest) {
            return new GetVersionIdResponse(h, ReasonCode.NO_ERROR, identity.version(), identity.firmwareName(),
                    identity.firmwareVersion(), identity.pciDeviceId(), identity.pciVendorId(), identity.pciSubsystemId(),
                    identity.pciSubsystemVendorId(), identity.manufacturerId());
        }
        if (request instanceof GetCapabilitiesRequest) {
            return new GetCapabilitiesResponse(h, ReasonCode.NO_ERROR, CAPABILITY_FLAGS, BROADCAST_FILTERS, MULTICAST_FILTERS,
                    BUFFERING_BYTES, aenSupport(), VLAN_FILTERS, 0, MULTICAST_FILTER_COUNT, UNICAST_FILTER_COUNT, VLAN_MODES,
                    channels.size());
        }
        if (request instanceof GetControllerPacketStatisticsRequest) {
            return new GetControllerPacketStatisticsResponse(h, ReasonCode.NO_ERROR,
                    channel.statistics(behaviour.counterWidth(), now));
        }
        if (request instanceof AenEnableRequest enable) {
            return aenEnable(enable, channel, in);
        }
        return generic((OtherRequest) request, 0);   // Clear Initial State
    }

    /** A command with no response data beyond the codes, checked for its payload length. */
    private static NcsiResponse generic(OtherRequest request, int payloadLength) {
        if (request.payload().length() != payloadLength) {
            return ErrorResponse.of(request, ResponseCode.FAILED, ReasonCode.INVALID_PAYLOAD_LENGTH);
        }
        return new OtherResponse(request.header(), request.command(), ReasonCode.NO_ERROR, Bytes.EMPTY);
    }

    /** AEN Enable (DSP0222 "AEN Enable command"): AENs the package does not offer are an invalid parameter. */
    private NcsiResponse aenEnable(AenEnableRequest request, NcsiChannel channel, IncomingRequest in) {
        if ((request.aenControl() & ~aenSupport()) != 0) {
            return ErrorResponse.of(request, ResponseCode.FAILED, ReasonCode.PARAMETER_INVALID);
        }
        channel.enableAens(request.aenControl(), new AenTarget(in.network(), in.source(), in.interfaceName(), in.sourceAddress(),
                request.mcId()));
        return new AenEnableResponse(request.header(), ReasonCode.NO_ERROR);
    }
}
