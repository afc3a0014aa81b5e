package org.bmcplatform.profiles.ncsi;

import static org.bmcplatform.profiles.ncsi.PacketCounter.*;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;

/**
 * What each valid NC-SI vector is, written from the DSP0222 layouts and the vector descriptions,
 * never from the encoder, by vector id.
 */
final class ExpectedVectors {
    static final ChannelId CH0 = ChannelId.of(0, 0);
    static final ChannelId PKG0 = ChannelId.packageLevel(0);

    static final LinkStatus UP_1G_FULL_FLOW_CONTROL = new LinkStatus(true, SpeedDuplex.BASE_T_1000_FULL, true, true, false,
            Set.of(), true, true, PartnerFlowControl.NOT_PAUSE_CAPABLE, false, false, 0);

    static final Map<String, NcsiPacket> BY_ID = new HashMap<>();

    private static void put(String id, NcsiPacket p) {
        BY_ID.put(id, p);
    }

    private static ControlHeader h(int iid) {
        return ControlHeader.of(iid, CH0);
    }

    static {
        // ncsi.json
        put("get-link-status-req", new GetLinkStatusRequest(h(1)));
        put("get-link-status-rsp-1g-up", new GetLinkStatusResponse(h(1), ReasonCode.NO_ERROR, UP_1G_FULL_FLOW_CONTROL, 1, 0));
        put("get-link-status-unsupported", new ErrorResponse(h(1), NcsiCommand.GET_LINK_STATUS, ResponseCode.UNSUPPORTED,
                ReasonCode.UNKNOWN_COMMAND_TYPE, Bytes.EMPTY));
        put("get-version-id-req", new GetVersionIdRequest(h(2)));
        // reference-9-5.json
        put("get-version-id-rsp", new GetVersionIdResponse(h(2), ReasonCode.NO_ERROR, new NcsiVersion(0xF1, 0xF2, 0xF0, 0, 0),
                Bytes.fromHex("45 58 41 4d 50 4c 45 2d 4e 49 43 00"), 0x01020304L, 0x1017, 0x15B3, 0x0020, 0x15B3, 0x8119));
        // independent.json
        put("get-capabilities-req", new GetCapabilitiesRequest(h(3)));
        put("get-capabilities-rsp", new GetCapabilitiesResponse(h(3), ReasonCode.NO_ERROR, 0x0D, 0x0F, 0x07, 16384, 0x07,
                8, 2, 4, 8, 0x05, 2));
        put("get-link-status-rsp-10g-partner", new GetLinkStatusResponse(ControlHeader.of(4, ChannelId.of(1, 2)),
                ReasonCode.NO_ERROR, new LinkStatus(true, SpeedDuplex.BASE_T_10G, true, true, false,
                        Set.of(PartnerAbility.BASE_T_1000_FULL, PartnerAbility.BASE_TX_100_FULL), true, false,
                        PartnerFlowControl.SYMMETRIC, true, false, 0), 0, 0));
        put("get-link-status-rsp-other-bits", new GetLinkStatusResponse(h(5), ReasonCode.NO_ERROR,
                new LinkStatus(true, SpeedDuplex.of(0xF), false, false, true, Set.of(), false, true,
                        PartnerFlowControl.SYMMETRIC_AND_ASYMMETRIC, false, true, 0x8000_0100L), 0, 100));
        put("get-link-status-rsp-down", new GetLinkStatusResponse(ControlHeader.of(6, ChannelId.of(0, 1)), ReasonCode.NO_ERROR,
                LinkStatus.DOWN, 1, 0));
        put("get-controller-packet-statistics-req", new GetControllerPacketStatisticsRequest(h(7)));
        put("get-controller-packet-statistics-rsp-64", new GetControllerPacketStatisticsResponse(h(7), ReasonCode.NO_ERROR,
                new PacketStatistics(CounterWidth.BITS_64, 3, statistics64())));
        put("get-controller-packet-statistics-rsp-32", new GetControllerPacketStatisticsResponse(h(8), ReasonCode.NO_ERROR,
                PacketStatistics.zero(CounterWidth.BITS_32).with(TOTAL_BYTES_RECEIVED, 0x12345678L)
                        .with(TOTAL_BYTES_TRANSMITTED, 0x9ABCDEF0L).with(UNICAST_PACKETS_RECEIVED, 0x100)
                        .with(MULTICAST_PACKETS_RECEIVED, 0x10).with(BROADCAST_PACKETS_RECEIVED, 1)
                        .with(UNICAST_PACKETS_TRANSMITTED, 0x200).with(MULTICAST_PACKETS_TRANSMITTED, 0x20)
                        .with(BROADCAST_PACKETS_TRANSMITTED, 2).with(FCS_RECEIVE_ERRORS, 0xFFFF_FFFFL)
                        .with(VALID_BYTES_RECEIVED, 0x1000)));
        put("get-package-uuid-req", new GetPackageUuidRequest(ControlHeader.of(9, PKG0)));
        put("get-package-uuid-rsp", new GetPackageUuidResponse(ControlHeader.of(9, PKG0), ReasonCode.NO_ERROR,
                UUID.fromString("12345678-9abc-4def-8123-456789abcdef")));
        put("aen-link-status-change", new LinkStatusChangeAen(h(0), LinkStatus.up(SpeedDuplex.BASE_TX_100_FULL), 0));
        put("aen-configuration-required", new OtherAen(ControlHeader.of(0, ChannelId.of(0, 1)), AenType.CONFIGURATION_REQUIRED,
                Bytes.EMPTY));
        put("aen-host-driver-status-change", new OtherAen(h(0), AenType.HOST_NC_DRIVER_STATUS_CHANGE, Bytes.fromHex("00 00 00 01")));
        put("clear-initial-state-req", new OtherRequest(h(10), NcsiCommand.CLEAR_INITIAL_STATE, Bytes.EMPTY));
        put("clear-initial-state-rsp", new OtherResponse(h(10), NcsiCommand.CLEAR_INITIAL_STATE, ReasonCode.NO_ERROR, Bytes.EMPTY));
        put("select-package-req", new OtherRequest(ControlHeader.of(11, PKG0), NcsiCommand.SELECT_PACKAGE, Bytes.fromHex("00 00 00 01")));
        put("oem-req-odd-length", new OtherRequest(h(12), NcsiCommand.OEM, Bytes.fromHex("00 00 81 19 02")));
        put("unknown-command-req", new OtherRequest(h(13), NcsiCommand.of(0x60), Bytes.fromHex("ab cd")));
        put("unknown-command-rsp", new OtherResponse(h(13), NcsiCommand.of(0x60), ReasonCode.NO_ERROR, Bytes.fromHex("01 02 03")));
        put("get-version-id-rsp-interface-init-required", new ErrorResponse(h(2), NcsiCommand.GET_VERSION_ID, ResponseCode.FAILED,
                ReasonCode.INTERFACE_INITIALIZATION_REQUIRED, Bytes.EMPTY));
        put("get-link-status-rsp-delayed", new ErrorResponse(h(1), NcsiCommand.GET_LINK_STATUS, ResponseCode.DELAYED,
                ReasonCode.NO_ERROR, Bytes.EMPTY));
        put("get-capabilities-rsp-unknown-code-with-data", new ErrorResponse(h(3), NcsiCommand.GET_CAPABILITIES,
                ResponseCode.of(0x10), ReasonCode.of(0x0901), Bytes.fromHex("de ad be ef")));
        put("checksum-not-computed", new GetLinkStatusRequest(h(1)));
        put("reserved-fields-ignored", new GetLinkStatusRequest(h(1)));
        put("pad-content-ignored", new OtherRequest(h(12), NcsiCommand.OEM, Bytes.fromHex("00 00 81 19 02")));
    }

    private static Map<PacketCounter, Long> statistics64() {
        Map<PacketCounter, Long> m = new EnumMap<>(PacketCounter.class);
        m.put(TOTAL_BYTES_RECEIVED, 0x1_2345_6789L);
        m.put(TOTAL_BYTES_TRANSMITTED, 0xABCD_EF01L);
        m.put(UNICAST_PACKETS_RECEIVED, 0x1000L);
        m.put(MULTICAST_PACKETS_RECEIVED, 0x20L);
        m.put(BROADCAST_PACKETS_RECEIVED, 0x30L);
        m.put(UNICAST_PACKETS_TRANSMITTED, 0x2000L);
        m.put(MULTICAST_PACKETS_TRANSMITTED, 0x21L);
        m.put(BROADCAST_PACKETS_TRANSMITTED, 0x31L);
        m.put(FCS_RECEIVE_ERRORS, 1L);
        m.put(ALIGNMENT_ERRORS, 2L);
        m.put(FALSE_CARRIER_DETECTIONS, 3L);
        m.put(RUNT_PACKETS_RECEIVED, 4L);
        m.put(JABBER_PACKETS_RECEIVED, 5L);
        m.put(PAUSE_XON_FRAMES_RECEIVED, 6L);
        m.put(PAUSE_XOFF_FRAMES_RECEIVED, 7L);
        m.put(PAUSE_XON_FRAMES_TRANSMITTED, 8L);
        m.put(PAUSE_XOFF_FRAMES_TRANSMITTED, 9L);
        m.put(SINGLE_COLLISION_TRANSMIT_FRAMES, 10L);
        m.put(MULTIPLE_COLLISION_TRANSMIT_FRAMES, 11L);
        m.put(LATE_COLLISION_FRAMES, 12L);
        m.put(EXCESSIVE_COLLISION_FRAMES, 13L);
        m.put(CONTROL_FRAMES_RECEIVED, 14L);
        m.put(RX_FRAMES_64, 15L);
        m.put(RX_FRAMES_65_127, 16L);
        m.put(RX_FRAMES_128_255, 17L);
        m.put(RX_FRAMES_256_511, 18L);
        m.put(RX_FRAMES_512_1023, 19L);
        m.put(RX_FRAMES_1024_1522, 20L);
        m.put(RX_FRAMES_1523_9022, 21L);
        m.put(TX_FRAMES_64, 22L);
        m.put(TX_FRAMES_65_127, 23L);
        m.put(TX_FRAMES_128_255, 24L);
        m.put(TX_FRAMES_256_511, 25L);
        m.put(TX_FRAMES_512_1023, 26L);
        m.put(TX_FRAMES_1024_1522, 27L);
        m.put(TX_FRAMES_1523_9022, 28L);
        m.put(VALID_BYTES_RECEIVED, 0xFFFF_FFFF_0000_0000L);
        m.put(ERROR_RUNT_PACKETS_RECEIVED, 29L);
        m.put(ERROR_JABBER_PACKETS_RECEIVED, 30L);
        return m;
    }

    private ExpectedVectors() {
    }
}
