package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
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
import org.bmcplatform.profiles.ncsi.NcsiPacket;
import org.bmcplatform.profiles.ncsi.NcsiRequest;
import org.bmcplatform.profiles.ncsi.NcsiResponse;
import org.bmcplatform.profiles.ncsi.OtherRequest;
import org.bmcplatform.profiles.ncsi.OtherResponse;
import org.bmcplatform.profiles.ncsi.PacketCounter;
import org.bmcplatform.profiles.ncsi.PacketStatistics;
import org.bmcplatform.profiles.ncsi.PartnerFlowControl;
import org.bmcplatform.profiles.ncsi.ReasonCode;
import org.bmcplatform.profiles.ncsi.ResponseCode;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.ncsi.NcsiPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's side of a virtual NIC (device-protocols.md §1, §5): a bus-owner stack on the board's SMBus
 * segment assigns the NICs their EIDs and then sends NC-SI commands encoded with {@link NcsiCodec} over the
 * virtual link and decodes the answers, in virtual time.
 */
class SimNicTest {
    static final Path BOARD = Path.of("src/test/resources/boards/ncsi-nic.yaml");
    /** nic0 ports run at 25G: 1 % of 25 Gb/s received. */
    static final double RX_BYTES_PER_SECOND = 25e9 / 8 * 0.01;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private VirtualBoard board;
    private MctpStack platform;
    private final List<Bytes> unsolicited = new ArrayList<>();
    private int iid;

    /** Starts the board (the example, or the example with nic0's first line replaced) and assigns both NICs an EID. */
    private void start(String nic0Extra) throws Exception {
        String text = Files.readString(BOARD);
        if (nic0Extra != null) {
            text = text.replace("    slot: OCP slot 0\n", "    slot: OCP slot 0\n    " + nic0Extra + "\n");
        }
        BoardSpec spec = BoardFile.parse(text, "ncsi-nic.yaml");
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        platform.addInterface("smbus0", 1, board.platformBinding("smbus0")).setLocalEid(EndpointId.of(8));
        platform.handle(MessageType.NCSI, RequestHandler.immediate(in -> {
            unsolicited.add(in.message());
            return Optional.empty();
        }));
        ControlRequester control = new ControlRequester(platform, RequestOptions.DEFAULT);
        BusOwner owner = new BusOwner(platform, control, new EidPool(EndpointId.of(9), EndpointId.of(30)));
        for (String id : List.of("nic0", "nic1")) {
            scheduler.await(owner.setupEndpoint("smbus0", spec.nic(id).linkAddress()), Duration.ofSeconds(2));
        }
    }

    private void start() throws Exception {
        start(null);
    }

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (board != null) {
            board.close();
        }
    }

    private SimNic nic(String id) {
        return (SimNic) board.component(id);
    }

    private ControlHeader header(int packageId, int channel) {
        iid = iid % 255 + 1;
        return ControlHeader.of(iid, ChannelId.of(packageId, channel));
    }

    private Bytes send(String nic, Bytes message) throws Exception {
        EndpointId eid = nic(nic).eid().orElseThrow();
        return scheduler.await(platform.request(1, eid, message), Duration.ofSeconds(2));
    }

    private NcsiResponse ask(String nic, NcsiRequest request) throws Exception {
        return NcsiCodec.decodeResponse(send(nic, NcsiCodec.encode(request)), request);
    }

    private LinkStatus linkStatus(String nic, int channel) throws Exception {
        int pkg = nic(nic).spec().packageId();
        GetLinkStatusResponse r = (GetLinkStatusResponse) ask(nic, new GetLinkStatusRequest(header(pkg, channel)));
        assertThat(r.header().channel()).isEqualTo(ChannelId.of(pkg, channel));
        return r.linkStatus();
    }

    private PacketStatistics statistics(String nic, int channel) throws Exception {
        int pkg = nic(nic).spec().packageId();
        return ((GetControllerPacketStatisticsResponse) ask(nic,
                new GetControllerPacketStatisticsRequest(header(pkg, channel)))).statistics();
    }

    private static AenEnableRequest aenEnable(ControlHeader h, int mcId, long control) {
        return new AenEnableRequest(h, mcId, control);
    }

    @Test
    void getLinkStatusReportsEachChannelBeforeAndAfterAFlap() throws Exception {
        start();
        LinkStatus up = linkStatus("nic0", 0);
        assertThat(up.linkUp()).isTrue();
        assertThat(up.speedDuplex()).isEqualTo(SpeedDuplex.GBPS_25);
        assertThat(up.autonegotiationEnabled()).isTrue();
        assertThat(up.autonegotiationComplete()).isTrue();
        assertThat(up.txFlowControl()).isTrue();
        assertThat(up.rxFlowControl()).isTrue();
        assertThat(up.partnerFlowControl()).isEqualTo(PartnerFlowControl.SYMMETRIC);
        assertThat(linkStatus("nic0", 1)).isEqualTo(up);

        nic("nic0").setLink(0, false);

        LinkStatus down = linkStatus("nic0", 0);
        assertThat(down.linkUp()).isFalse();
        assertThat(down.speedDuplex()).isEqualTo(SpeedDuplex.NO_LINK);
        assertThat(down.autonegotiationComplete()).isFalse();
        assertThat(linkStatus("nic0", 1).linkUp()).isTrue();

        nic("nic0").setLink(0, true);
        assertThat(linkStatus("nic0", 0)).isEqualTo(up);
    }

    @Test
    void boardFileFlapTakesThePortDownEveryPeriodForItsDownTime() throws Exception {
        start();
        scheduler.advance(Duration.ofSeconds(30).minus(Duration.ofNanos(scheduler.nanoTime())).plusMillis(100)); // t = 30.1 s
        assertThat(linkStatus("nic0", 1).linkUp()).isFalse();
        assertThat(linkStatus("nic0", 0).linkUp()).isTrue();

        scheduler.advance(Duration.ofSeconds(5)); // t ≈ 35.1 s
        assertThat(linkStatus("nic0", 1).linkUp()).isTrue();

        scheduler.advance(Duration.ofSeconds(25)); // t ≈ 60.1 s: the second flap
        assertThat(nic("nic0").linkUp(1)).isFalse();
    }

    @Test
    void perChannelCommandsOnThePackageChannelAreRefusedAndUnknownCommandsUnsupported() throws Exception {
        start();
        for (NcsiRequest r : List.<NcsiRequest>of(new GetLinkStatusRequest(header(0, ChannelId.PACKAGE_LEVEL)),
                new GetVersionIdRequest(header(0, ChannelId.PACKAGE_LEVEL)),
                new GetControllerPacketStatisticsRequest(header(0, ChannelId.PACKAGE_LEVEL)))) {
            ErrorResponse refused = (ErrorResponse) ask("nic0", r);
            assertThat(refused.responseCode()).as("%s", r.command()).isEqualTo(ResponseCode.FAILED);
            assertThat(refused.reasonCode()).isEqualTo(ReasonCode.PARAMETER_INVALID);
            assertThat(refused.header().channel().isPackageLevel()).isTrue();
        }

        ErrorResponse unknown = (ErrorResponse) ask("nic0", new OtherRequest(header(0, 0), NcsiCommand.of(0x30), Bytes.EMPTY));
        assertThat(unknown.responseCode()).isEqualTo(ResponseCode.UNSUPPORTED);
        assertThat(unknown.reasonCode()).isEqualTo(ReasonCode.UNKNOWN_COMMAND_TYPE);
        assertThat(((ErrorResponse) ask("nic0", new OtherRequest(header(0, ChannelId.PACKAGE_LEVEL), NcsiCommand.OEM,
                Bytes.ofUnsigned(0, 0, 0x81, 0x19)))).responseCode()).isEqualTo(ResponseCode.UNSUPPORTED);
        assertThat(ask("nic0", new OtherRequest(header(0, ChannelId.PACKAGE_LEVEL), NcsiCommand.SELECT_PACKAGE, Bytes.ofUnsigned(0, 0, 0, 1))))
                .isInstanceOf(OtherResponse.class);
        assertThat(ask("nic0", new OtherRequest(header(0, 1), NcsiCommand.CLEAR_INITIAL_STATE, Bytes.EMPTY)))
                .isInstanceOf(OtherResponse.class);
    }

    @Test
    void missingChannelOrOtherPackageIsNotAnsweredAndTheNextCommandStillIs() throws Exception {
        start();
        for (ControlHeader h : List.of(header(0, 2), header(3, 0))) {
            Bytes request = NcsiCodec.encode(new GetLinkStatusRequest(h));
            assertThatThrownBy(() -> send("nic0", request)).isInstanceOf(CompletionException.class)
                    .satisfies(e -> assertThat(MctpException.extract(e).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT));
        }
        Bytes badChecksum = NcsiCodec.encode(new GetLinkStatusRequest(header(0, 0)));
        byte[] raw = badChecksum.toArray();
        raw[raw.length - 1] ^= 0x01;
        assertThatThrownBy(() -> send("nic0", Bytes.wrap(raw))).isInstanceOf(CompletionException.class);

        assertThat(nic("nic0").ncsi().orElseThrow().dropped()).isEqualTo(3 * 3); // three transmissions each
        assertThat(linkStatus("nic0", 0).linkUp()).isTrue();
    }

    @Test
    void modelledCommandWithAPayloadIsRefusedWithInvalidPayloadLength() throws Exception {
        start();
        // Get Link Status carries no payload; build one with 4 bytes (checksum 0: "not computed")
        byte[] raw = NcsiCodec.encode(new OtherRequest(header(0, 1), NcsiCommand.of(0x30), Bytes.ofUnsigned(1, 2, 3, 4))).toArray();
        raw[5] = 0x0A;
        for (int i = raw.length - 4; i < raw.length; i++) {
            raw[i] = 0;
        }
        NcsiPacket answer = NcsiCodec.decode(send("nic0", Bytes.wrap(raw)));

        ErrorResponse refused = (ErrorResponse) answer;
        assertThat(refused.command()).isEqualTo(NcsiCommand.GET_LINK_STATUS);
        assertThat(refused.header().instanceId()).isEqualTo(raw[4] & 0xFF);
        assertThat(refused.responseCode()).isEqualTo(ResponseCode.FAILED);
        assertThat(refused.reasonCode()).isEqualTo(ReasonCode.INVALID_PAYLOAD_LENGTH);
    }

    @Test
    void getVersionIdCarriesFirmwareAndPciIdsInDidVidSsidSsvidOrder() throws Exception {
        start();
        GetVersionIdResponse v = (GetVersionIdResponse) ask("nic0", new GetVersionIdRequest(header(0, 0)));

        assertThat(v.version().label()).isEqualTo("1.2.0");
        assertThat(v.firmwareNameText()).isEqualTo("mlx26.36");
        assertThat(v.firmwareName()).isEqualTo(GetVersionIdResponse.firmwareName("mlx26.36")); // NUL padded
        assertThat(v.firmwareVersion()).isEqualTo(0x1A240A0AL);
        assertThat(v.firmwareVersionLabel()).isEqualTo("1a.24.0a.0a");
        assertThat(v.pciDeviceId()).isEqualTo(0x101f);
        assertThat(v.pciVendorId()).isEqualTo(0x15b3);
        assertThat(v.pciSubsystemId()).isEqualTo(0x0020);
        assertThat(v.pciSubsystemVendorId()).isEqualTo(0x15b3);
        assertThat(v.manufacturerId()).isEqualTo(0x8119);
    }

    @Test
    void paddedFirmwareNameVariantFillsTheFieldWithSpacesAndNoNul() throws Exception {
        start();
        GetVersionIdResponse v = (GetVersionIdResponse) ask("nic1", new GetVersionIdRequest(header(1, 3)));

        assertThat(v.firmwareName().toArray()).isEqualTo("BCM57504    ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(v.firmwareNameText()).isEqualTo("BCM57504");
        assertThat(v.pciVendorId()).isEqualTo(0x14e4);
        assertThat(v.manufacturerId()).isEqualTo(0x113d);
    }

    @Test
    void getCapabilitiesCountsTheChannelsAndOffersTheLinkAen() throws Exception {
        start();
        GetCapabilitiesResponse c = (GetCapabilitiesResponse) ask("nic1", new GetCapabilitiesRequest(header(1, 0)));

        assertThat(c.channelCount()).isEqualTo(4);
        assertThat(c.linkStatusChangeAenSupported()).isTrue();
        assertThat(c.osPresence()).isTrue();
    }

    @Test
    void statisticsUseTheSixtyFourBitLayoutAndGrowOnlyWhileTheLinkIsUp() throws Exception {
        start();
        scheduler.advance(Duration.ofSeconds(200));
        PacketStatistics first = statistics("nic0", 0);

        assertThat(first.width()).isEqualTo(CounterWidth.BITS_64);
        long rx = first.get(PacketCounter.TOTAL_BYTES_RECEIVED);
        assertThat(rx).isGreaterThan(1L << 32).isCloseTo((long) (scheduler.nanoTime() / 1e9 * RX_BYTES_PER_SECOND),
                within((long) (RX_BYTES_PER_SECOND / 100)));
        assertThat(first.get(PacketCounter.TOTAL_BYTES_TRANSMITTED)).isPositive().isLessThan(rx);
        assertThat(first.get(PacketCounter.UNICAST_PACKETS_RECEIVED)).isPositive();
        assertThat(first.get(PacketCounter.FCS_RECEIVE_ERRORS)).isZero();

        nic("nic0").setLink(0, false);
        long downAt = statistics("nic0", 0).get(PacketCounter.TOTAL_BYTES_RECEIVED);
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(statistics("nic0", 0).get(PacketCounter.TOTAL_BYTES_RECEIVED)).isEqualTo(downAt);

        nic("nic0").setLink(0, true);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(statistics("nic0", 0).get(PacketCounter.TOTAL_BYTES_RECEIVED)).isGreaterThan(downAt);
        assertThat(statistics("nic1", 2).get(PacketCounter.TOTAL_BYTES_RECEIVED)).isZero(); // link down since power-on
    }

    @Test
    void badFramesCountAsFcsErrorsOnTheirPortOnlyAndStartAfreshAtPowerOn() throws Exception {
        start();
        nic("nic0").receiveBadFrames(1, 5);
        nic("nic0").receiveBadFrames(1, 2);

        assertThat(statistics("nic0", 1).get(PacketCounter.FCS_RECEIVE_ERRORS)).isEqualTo(7);
        assertThat(statistics("nic0", 0).get(PacketCounter.FCS_RECEIVE_ERRORS)).isZero();
        assertThatThrownBy(() -> nic("nic0").receiveBadFrames(9, 1)).isInstanceOf(java.util.NoSuchElementException.class);

        nic("nic0").unplug();
        nic("nic0").receiveBadFrames(1, 3); // no NIC powered to count them
        nic("nic0").plug();
        assertThat(nic("nic0").ncsi().orElseThrow().statistics(1).get(PacketCounter.FCS_RECEIVE_ERRORS)).isZero();
    }

    @Test
    void ncsi10VariantAnswersThe32BitLayoutWhoseCountersWrap() throws Exception {
        start("variant: ncsi-1.0");
        scheduler.advance(Duration.ofSeconds(200));
        PacketStatistics s = statistics("nic0", 0);

        assertThat(s.width()).isEqualTo(CounterWidth.BITS_32);
        long unwrapped = (long) (scheduler.nanoTime() / 1e9 * RX_BYTES_PER_SECOND);
        assertThat(s.get(PacketCounter.TOTAL_BYTES_RECEIVED)).isLessThan(1L << 32)
                .isCloseTo(unwrapped & 0xFFFF_FFFFL, within((long) (RX_BYTES_PER_SECOND / 100)));
        GetVersionIdResponse v = (GetVersionIdResponse) ask("nic0", new GetVersionIdRequest(header(0, 0)));
        assertThat(v.version().label()).isEqualTo("1.0.0");
    }

    @Test
    void ibModeVariantAnswersGetLinkStatusUnsupportedAndOffersNoLinkAen() throws Exception {
        start("variant: ib-mode");
        ErrorResponse r = (ErrorResponse) ask("nic0", new GetLinkStatusRequest(header(0, 0)));

        assertThat(r.responseCode()).isEqualTo(ResponseCode.UNSUPPORTED);
        assertThat(r.reasonCode()).isEqualTo(ReasonCode.UNKNOWN_COMMAND_TYPE);
        assertThat(((GetCapabilitiesResponse) ask("nic0", new GetCapabilitiesRequest(header(0, 0)))).aenControlSupport()).isZero();
        ErrorResponse aen = (ErrorResponse) ask("nic0", aenEnable(header(0, 0), 0, 1));
        assertThat(aen.responseCode()).isEqualTo(ResponseCode.FAILED);
        assertThat(aen.reasonCode()).isEqualTo(ReasonCode.PARAMETER_INVALID);
        assertThat(ask("nic0", new GetVersionIdRequest(header(0, 0)))).isInstanceOf(GetVersionIdResponse.class);
    }

    @Test
    void packageUuidIsTheBoardIdentityAtPackageAndChannelLevel() throws Exception {
        start();
        UUID expected = UUID.fromString("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");

        assertThat(((GetPackageUuidResponse) ask("nic1", new GetPackageUuidRequest(header(1, ChannelId.PACKAGE_LEVEL)))).uuid())
                .isEqualTo(expected);
        assertThat(((GetPackageUuidResponse) ask("nic1", new GetPackageUuidRequest(header(1, 2)))).uuid()).isEqualTo(expected);
    }

    @Test
    void linkChangeSendsAnAenOnlyAfterAenEnable() throws Exception {
        start();
        nic("nic0").setLink(0, false);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(unsolicited).isEmpty();

        AenEnableResponse enabled = (AenEnableResponse) ask("nic0", aenEnable(header(0, 0), 0x5A, NcsiPackage.AEN_LINK_STATUS_CHANGE));
        assertThat(enabled.reasonCode()).isEqualTo(ReasonCode.NO_ERROR);
        nic("nic0").setLink(0, true);
        nic("nic0").setLink(1, false); // channel 1 never enabled AENs
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(unsolicited).hasSize(1);
        LinkStatusChangeAen aen = (LinkStatusChangeAen) NcsiCodec.decode(unsolicited.get(0));
        assertThat(aen.header()).isEqualTo(new ControlHeader(0x5A, 0, ChannelId.of(0, 0)));
        assertThat(aen.linkStatus().linkUp()).isTrue();
        assertThat(aen.linkStatus().speedDuplex()).isEqualTo(SpeedDuplex.GBPS_25);
        assertThat(nic("nic0").aenFailures()).isZero();

        nic("nic0").setLink(0, false);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(unsolicited).hasSize(2);
        assertThat(((LinkStatusChangeAen) NcsiCodec.decode(unsolicited.get(1))).linkStatus().linkUp()).isFalse();

        ask("nic0", aenEnable(header(0, 0), 0x5A, 0));
        nic("nic0").setLink(0, true);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(unsolicited).hasSize(2);
    }

    @Test
    void powerCycleForgetsTheAenEnableAndKeepsTheCable() throws Exception {
        start();
        ask("nic0", aenEnable(header(0, 0), 0, NcsiPackage.AEN_LINK_STATUS_CHANGE));
        nic("nic0").setLink(0, false);

        nic("nic0").unplug();
        nic("nic0").plug();

        assertThat(nic("nic0").linkUp(0)).isFalse();
        assertThat(nic("nic0").ncsi().orElseThrow().linkUp(0)).isFalse();
        assertThat(nic("nic0").ncsi().orElseThrow().aenControl(0)).isZero();
    }
}
