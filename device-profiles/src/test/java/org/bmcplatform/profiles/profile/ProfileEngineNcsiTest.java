package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.ncsi.AenEnableResponse;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.CounterWidth;
import org.bmcplatform.profiles.ncsi.ErrorResponse;
import org.bmcplatform.profiles.ncsi.GetCapabilitiesResponse;
import org.bmcplatform.profiles.ncsi.GetControllerPacketStatisticsResponse;
import org.bmcplatform.profiles.ncsi.GetLinkStatusResponse;
import org.bmcplatform.profiles.ncsi.GetPackageUuidResponse;
import org.bmcplatform.profiles.ncsi.GetVersionIdResponse;
import org.bmcplatform.profiles.ncsi.LinkStatus;
import org.bmcplatform.profiles.ncsi.NcsiCodec;
import org.bmcplatform.profiles.ncsi.NcsiCommand;
import org.bmcplatform.profiles.ncsi.NcsiResponse;
import org.bmcplatform.profiles.ncsi.NcsiVersion;
import org.bmcplatform.profiles.ncsi.PacketCounter;
import org.bmcplatform.profiles.ncsi.PacketStatistics;
import org.bmcplatform.profiles.ncsi.ReasonCode;
import org.bmcplatform.profiles.ncsi.ResponseCode;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against a scripted NC-SI NIC (no PLDM: profile nic/ncsi-only-nic). Requests are laid out by hand
 * from DSP0222 (16-byte header: MC ID, revision 1, IID, type, channel, length; then the checksum, two's
 * complement of the 16-bit word sum, computed outside the project as the shared Get Link Status vector is);
 * replies are built with the codec. IIDs count 1, 2, 3... per engine.
 */
class ProfileEngineNcsiTest {
    private static final int NET = 1;
    private static final EndpointId EID = EndpointId.of(40);
    private static final UUID PACKAGE = UUID.fromString("9b2f5a1e-3c4d-4e5f-8a6b-7c8d9e0f1a2b");

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2026-01-01T00:00:00Z"));
    private final ScriptedPeer nic = new ScriptedPeer(NET, EID);
    private final ProfileEngine engine = new ProfileEngine(nic, RequestOptions.DEFAULT, scheduler);
    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final DeviceProfile profile = catalog.find("nic/ncsi-only-nic").orElseThrow();

    @AfterEach
    void scriptIsFollowedExactly() {
        assertThat(nic.mismatches()).isEmpty();
        assertThat(nic.remaining()).isZero();
    }

    private static <T> T done(CompletableFuture<T> f) {
        assertThat(f).isDone();
        return f.join();
    }

    private static Bytes reply(NcsiResponse r) {
        return NcsiCodec.encode(r);
    }

    private static ControlHeader header(int iid, int channel) {
        return ControlHeader.of(iid, ChannelId.of(0, channel));
    }

    private void scriptIdentification() {
        // Get Version ID (0x15), IID 1, package 0 channel 0
        nic.expect(Bytes.fromHex("02 00 01 00 01 15 00 00 00 00 00 00 00 00 00 00 00 ff ff ea fe"),
                reply(new GetVersionIdResponse(header(1, 0), ReasonCode.NO_ERROR, new NcsiVersion(0xF1, 0xF1, 0xFF, 0, 0),
                        Bytes.fromHex("42 43 4d 35 37 34 31 34 20 20 00 00"), 0x14_1E_05_00L, 0x16D7, 0x14E4, 0x1402, 0x14E4,
                        4413)))
                // Get Capabilities (0x16), IID 2
                .expect(Bytes.fromHex("02 00 01 00 02 16 00 00 00 00 00 00 00 00 00 00 00 ff ff e9 fd"),
                        reply(new GetCapabilitiesResponse(header(2, 0), ReasonCode.NO_ERROR, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2)))
                // Get Package UUID (0x52), IID 3
                .expect(Bytes.fromHex("02 00 01 00 03 52 00 00 00 00 00 00 00 00 00 00 00 ff ff ad fc"),
                        reply(new GetPackageUuidResponse(header(3, 0), ReasonCode.NO_ERROR, PACKAGE)));
    }

    @Test
    void identificationReadsVersionChannelsAndPackageUuidWithTheFirmwareNameUnpadded() {
        scriptIdentification();

        Identification id = done(engine.identify(profile, NET, EID));

        // this NIC's Get Capabilities offers no AENs (AEN Control Support 0): ncsi-aen-enable sends nothing
        assertThat(id.warnings()).containsExactly("ncsi-aen-enable: the NIC offers no Link Status Change AEN; link changes are "
                + "seen at the next poll");
        assertThat(id.assets()).doesNotContainKey("ncsiAens");
        assertThat(id.assets()).containsEntry("firmwareName", "BCM57414").containsEntry("firmwareRevision", "20.30.5.0")
                .containsEntry("vendorId", "0x14e4").containsEntry("deviceId", "0x16d7").containsEntry("manufacturerIana", "4413")
                .containsEntry("ncsiChannels", "2").containsEntry("packageUuid", PACKAGE.toString());
    }

    @Test
    void linkStatusChangeAensAreEnabledOnEveryChannelWhenTheNicOffersThem() {
        nic.expect(Bytes.fromHex("02 00 01 00 01 15 00 00 00 00 00 00 00 00 00 00 00 ff ff ea fe"),
                reply(new GetVersionIdResponse(header(1, 0), ReasonCode.NO_ERROR, new NcsiVersion(0xF1, 0xF1, 0xFF, 0, 0),
                        Bytes.fromHex("42 43 4d 35 37 34 31 34 20 20 00 00"), 0x14_1E_05_00L, 0x16D7, 0x14E4, 0x1402, 0x14E4,
                        4413)))
                // Get Capabilities: AEN Control Support bit 0 (Link Status Change), 2 channels
                .expect(Bytes.fromHex("02 00 01 00 02 16 00 00 00 00 00 00 00 00 00 00 00 ff ff e9 fd"),
                        reply(new GetCapabilitiesResponse(header(2, 0), ReasonCode.NO_ERROR, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2)))
                // AEN Enable (0x08), payload length 8: 3 reserved, AEN MC ID 0, AEN Control 0x00000001;
                // IID 3 channel 0: words 0x0001 + 0x0003 + 0x0800 + 0x0008 + 0x0001 = 0x080d
                .expect(Bytes.fromHex("02 00 01 00 03 08 00 00 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 ff ff f7 f3"),
                        reply(new AenEnableResponse(header(3, 0), ReasonCode.NO_ERROR)))
                // IID 4 channel 1: 0x0001 + 0x0004 + 0x0801 + 0x0008 + 0x0001 = 0x080f
                .expect(Bytes.fromHex("02 00 01 00 04 08 01 00 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01 ff ff f7 f1"),
                        reply(new AenEnableResponse(header(4, 1), ReasonCode.NO_ERROR)))
                // Get Package UUID, IID 5: 0x0001 + 0x0005 + 0x5200 = 0x5206
                .expect(Bytes.fromHex("02 00 01 00 05 52 00 00 00 00 00 00 00 00 00 00 00 ff ff ad fa"),
                        reply(new GetPackageUuidResponse(header(5, 0), ReasonCode.NO_ERROR, PACKAGE)));

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.warnings()).isEmpty();
        assertThat(id.assets()).containsEntry("ncsiAens", "link-status-change").containsEntry("packageUuid", PACKAGE.toString());
    }

    @Test
    void aLinkStatusChangeAenBecomesThePortsStatus() {
        PortStatus down = PortStatus.of(1, LinkStatus.DOWN);
        PortStatus up = PortStatus.of(0, LinkStatus.up(SpeedDuplex.GBPS_25));
        assertThat(down.link()).isEqualTo(PortLink.DOWN);
        assertThat(down.speedMbps()).isZero();
        assertThat(up).extracting(PortStatus::link, PortStatus::speedMbps, PortStatus::duplex)
                .containsExactly(PortLink.UP, 25_000L, "full");
    }

    @Test
    void pollReadsTheLinkOfEveryChannelGetCapabilitiesReported() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        // Get Link Status (0x0A): IID 4 channel 0 (25G up), IID 5 channel 1 (down)
        nic.expect(Bytes.fromHex("02 00 01 00 04 0a 00 00 00 00 00 00 00 00 00 00 00 ff ff f5 fb"),
                        reply(new GetLinkStatusResponse(header(4, 0), ReasonCode.NO_ERROR, LinkStatus.up(SpeedDuplex.GBPS_25), 0, 0)))
                .expect(Bytes.fromHex("02 00 01 00 05 0a 01 00 00 00 00 00 00 00 00 00 00 ff ff f5 f9"),
                        reply(new GetLinkStatusResponse(header(5, 1), ReasonCode.NO_ERROR, LinkStatus.DOWN, 0, 0)));

        PollResult r = done(engine.poll(profile, id, NET, EID));

        assertThat(r.ports()).extracting(PortStatus::port, PortStatus::link, PortStatus::speedMbps, PortStatus::duplex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, PortLink.UP, 25_000L, "full"),
                        org.assertj.core.groups.Tuple.tuple(1, PortLink.DOWN, 0L, ""));
        assertThat(r.status()).isEqualTo(HealthStatus.OK);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aNicThatDoesNotReportLinkStatusLeavesThePortUnknownNotDown() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        nic.expect(Bytes.fromHex("02 00 01 00 04 0a 00 00 00 00 00 00 00 00 00 00 00 ff ff f5 fb"),
                        reply(new ErrorResponse(header(4, 0), NcsiCommand.GET_LINK_STATUS, ResponseCode.UNSUPPORTED,
                                ReasonCode.of(0x7FFF), Bytes.EMPTY)))
                .expect(Bytes.fromHex("02 00 01 00 05 0a 01 00 00 00 00 00 00 00 00 00 00 ff ff f5 f9"),
                        reply(new GetLinkStatusResponse(header(5, 1), ReasonCode.NO_ERROR, LinkStatus.up(SpeedDuplex.GBPS_100), 0, 0)));

        PollResult r = done(engine.poll(profile, id, NET, EID));

        assertThat(r.ports().get(0).link()).isEqualTo(PortLink.UNKNOWN);
        assertThat(r.ports().get(0).detail()).contains("unsupported");
        assertThat(r.ports().get(1).link()).isEqualTo(PortLink.UP);
        assertThat(r.warnings()).singleElement().asString().startsWith("port 0: Get Link Status:");
    }

    @Test
    void aNicWiredAsPackageOneIsFoundAfterPackageZeroStaysSilent() {
        nic.expectTimeout(Bytes.fromHex("02 00 01 00 01 15 00 00 00 00 00 00 00 00 00 00 00 ff ff ea fe"))
                // Get Version ID, IID 2, package 1 channel 0 (channel ID 0x20)
                .expect(Bytes.fromHex("02 00 01 00 02 15 20 00 00 00 00 00 00 00 00 00 00 ff ff ea dd"),
                        reply(new GetVersionIdResponse(ControlHeader.of(2, ChannelId.of(1, 0)), ReasonCode.NO_ERROR,
                                new NcsiVersion(0xF1, 0xF1, 0xFF, 0, 0), Bytes.fromHex("42 43 4d 35 37 35 30 34 20 20 20 20"),
                                0xE5_01_7B_00L, 0x1751, 0x14E4, 0x5045, 0x14E4, 4413)))
                .expect(Bytes.fromHex("02 00 01 00 03 16 20 00 00 00 00 00 00 00 00 00 00 ff ff e9 dc"),
                        reply(new GetCapabilitiesResponse(ControlHeader.of(3, ChannelId.of(1, 0)), ReasonCode.NO_ERROR,
                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4)))
                .expect(Bytes.fromHex("02 00 01 00 04 52 20 00 00 00 00 00 00 00 00 00 00 ff ff ad db"),
                        reply(new GetPackageUuidResponse(ControlHeader.of(4, ChannelId.of(1, 0)), ReasonCode.NO_ERROR, PACKAGE)));

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.assets()).containsEntry("ncsiPackage", "1").containsEntry("firmwareName", "BCM57504")
                .containsEntry("firmwareRevision", "229.1.123.0").containsEntry("ncsiChannels", "4");
    }

    @Test
    void statisticsWhenDueReadEveryPortsCountersAndAnUnsupportedAnswerOnlyWarns() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        PacketStatistics ch0 = PacketStatistics.zero(CounterWidth.BITS_64)
                .with(PacketCounter.TOTAL_BYTES_RECEIVED, 5_000_000_000L).with(PacketCounter.TOTAL_BYTES_TRANSMITTED, 3_000_000_000L)
                .with(PacketCounter.UNICAST_PACKETS_RECEIVED, 4_000_000_000L).with(PacketCounter.MULTICAST_PACKETS_RECEIVED, 20)
                .with(PacketCounter.BROADCAST_PACKETS_RECEIVED, 3).with(PacketCounter.UNICAST_PACKETS_TRANSMITTED, 100)
                .with(PacketCounter.MULTICAST_PACKETS_TRANSMITTED, 10).with(PacketCounter.BROADCAST_PACKETS_TRANSMITTED, 1)
                .with(PacketCounter.FCS_RECEIVE_ERRORS, 7).with(PacketCounter.ALIGNMENT_ERRORS, 2)
                .with(PacketCounter.RUNT_PACKETS_RECEIVED, 4).with(PacketCounter.ERROR_RUNT_PACKETS_RECEIVED, 1)
                .with(PacketCounter.JABBER_PACKETS_RECEIVED, 5).with(PacketCounter.ERROR_JABBER_PACKETS_RECEIVED, 6)
                .with(PacketCounter.FALSE_CARRIER_DETECTIONS, 8).with(PacketCounter.LATE_COLLISION_FRAMES, 9)
                .with(PacketCounter.EXCESSIVE_COLLISION_FRAMES, 11).with(PacketCounter.PAUSE_XOFF_FRAMES_RECEIVED, 12);
        // per channel: Get Link Status, then Get Controller Packet Statistics (0x18, no payload)
        nic.expect(Bytes.fromHex("02 00 01 00 04 0a 00 00 00 00 00 00 00 00 00 00 00 ff ff f5 fb"),
                        reply(new GetLinkStatusResponse(header(4, 0), ReasonCode.NO_ERROR, LinkStatus.up(SpeedDuplex.GBPS_25), 0, 0)))
                // IID 5 channel 0: 0x0001 + 0x0005 + 0x1800 = 0x1806, two's complement 0xffffe7fa
                .expect(Bytes.fromHex("02 00 01 00 05 18 00 00 00 00 00 00 00 00 00 00 00 ff ff e7 fa"),
                        reply(new GetControllerPacketStatisticsResponse(header(5, 0), ReasonCode.NO_ERROR, ch0)))
                // IID 6 channel 1: 0x0001 + 0x0006 + 0x0a01 = 0x0a08 -> 0xfffff5f8
                .expect(Bytes.fromHex("02 00 01 00 06 0a 01 00 00 00 00 00 00 00 00 00 00 ff ff f5 f8"),
                        reply(new GetLinkStatusResponse(header(6, 1), ReasonCode.NO_ERROR, LinkStatus.DOWN, 0, 0)))
                // IID 7 channel 1: 0x0001 + 0x0007 + 0x1801 = 0x1809 -> 0xffffe7f7
                .expect(Bytes.fromHex("02 00 01 00 07 18 01 00 00 00 00 00 00 00 00 00 00 ff ff e7 f7"),
                        reply(new ErrorResponse(header(7, 1), NcsiCommand.GET_CONTROLLER_PACKET_STATISTICS,
                                ResponseCode.UNSUPPORTED, ReasonCode.of(0x7FFF), Bytes.EMPTY)));

        PollResult r = done(engine.poll(profile, id, NET, EID, true));

        assertThat(r.ports()).hasSize(2);
        assertThat(r.counters()).containsExactly(new PortCounters(0, 64, 5_000_000_000L, 3_000_000_000L, 4_000_000_023L, 111,
                7, 2, 5, 11, 8, 9, 11, 12));
        assertThat(r.warnings()).containsExactly("port 1: Get Controller Packet Statistics: the NIC keeps no packet "
                + "statistics (unsupported); counters left out");
        assertThat(r.status()).isEqualTo(HealthStatus.OK);
    }

    @Test
    void anNcsi10NicsThirtyTwoBitCountersAreReadAndSilenceOnStatisticsOnlyWarns() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        PacketStatistics ch0 = PacketStatistics.zero(CounterWidth.BITS_32)
                .with(PacketCounter.TOTAL_BYTES_RECEIVED, 0xFFFF_FFFFL).with(PacketCounter.UNICAST_PACKETS_RECEIVED, 10)
                .with(PacketCounter.FCS_RECEIVE_ERRORS, 3);
        nic.expect(Bytes.fromHex("02 00 01 00 04 0a 00 00 00 00 00 00 00 00 00 00 00 ff ff f5 fb"),
                        reply(new GetLinkStatusResponse(header(4, 0), ReasonCode.NO_ERROR, LinkStatus.up(SpeedDuplex.BASE_T_1000_FULL), 0, 0)))
                .expect(Bytes.fromHex("02 00 01 00 05 18 00 00 00 00 00 00 00 00 00 00 00 ff ff e7 fa"),
                        reply(new GetControllerPacketStatisticsResponse(header(5, 0), ReasonCode.NO_ERROR, ch0)))
                .expect(Bytes.fromHex("02 00 01 00 06 0a 01 00 00 00 00 00 00 00 00 00 00 ff ff f5 f8"),
                        reply(new GetLinkStatusResponse(header(6, 1), ReasonCode.NO_ERROR, LinkStatus.up(SpeedDuplex.BASE_T_1000_FULL), 0, 0)))
                .expectTimeout(Bytes.fromHex("02 00 01 00 07 18 01 00 00 00 00 00 00 00 00 00 00 ff ff e7 f7"));

        PollResult r = done(engine.poll(profile, id, NET, EID, true));

        assertThat(r.counters()).singleElement().satisfies(c -> {
            assertThat(c.counterBits()).isEqualTo(32);
            assertThat(c.rxBytes()).isEqualTo(0xFFFF_FFFFL);
            assertThat(c.rxPackets()).isEqualTo(10);
            assertThat(c.rxFcsErrors()).isEqualTo(3);
        });
        assertThat(r.ports()).extracting(PortStatus::link).containsExactly(PortLink.UP, PortLink.UP);
        assertThat(r.warnings()).containsExactly("port 1: Get Controller Packet Statistics: no answer; counters left out");
    }

    @Test
    void statisticsAreDueOncePerIntervalAndFcsGrowthSurvivesACounterReset() {
        PortsSpec spec = profile.ports().orElseThrow();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(spec.statistics()).contains(java.time.Duration.ofSeconds(30));
        assertThat(spec.statisticsDue(java.util.Optional.empty(), t0)).isTrue();
        assertThat(spec.statisticsDue(java.util.Optional.of(t0), t0.plusSeconds(29))).isFalse();
        assertThat(spec.statisticsDue(java.util.Optional.of(t0), t0.plusSeconds(30))).isTrue();
        assertThat(new PortsSpec(0, java.util.OptionalInt.empty()).statisticsDue(java.util.Optional.empty(), t0)).isFalse();

        PortCounters before = new PortCounters(0, 64, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0);
        assertThat(new PortCounters(0, 64, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0).fcsErrorsSince(before)).isEqualTo(4);
        assertThat(new PortCounters(0, 64, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0).fcsErrorsSince(before)).isZero();
        // the NIC was reset between the reads: its 3 errors are all new
        assertThat(new PortCounters(0, 64, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0).fcsErrorsSince(before)).isEqualTo(3);
    }

    @Test
    void aNicWithPldmPrefersTheProfileThatAlsoReadsItsSensors() {
        EndpointFacts both = EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.NCSI, MessageType.PLDM));
        EndpointFacts ncsiOnly = EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.NCSI));

        assertThat(catalog.match(both)).map(DeviceProfile::id).contains("nic/ncsi-nic");
        assertThat(catalog.match(ncsiOnly)).map(DeviceProfile::id).contains("nic/ncsi-only-nic");
        // after ncsi-version read the PCI vendor: the vendor variants take over
        assertThat(catalog.match(new EndpointFacts(both.messageTypes(), java.util.Map.of("vendorId", "0x14e4"))))
                .map(DeviceProfile::id).contains("nic/broadcom-bcm57xxx");
        assertThat(catalog.match(new EndpointFacts(both.messageTypes(), java.util.Map.of("vendorId", "0x15b3"))))
                .map(DeviceProfile::id).contains("nic/nvidia-connectx");
    }
}
