package org.bmcplatform.profiles.ncsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** Framing, correlation, codes and value rules of the NC-SI codec beyond what the vectors show. */
class NcsiCodecTest {
    private static final Bytes GLS_REQUEST = NcsiVectors.byId("get-link-status-req").message();

    @Test
    void typeByteMustBeNcsiControlWithoutIntegrityCheck() {
        // DSP0239: 0x02 NC-SI control; no MCTP integrity check is used for it (IC = 0)
        for (int type : new int[] {0x82, 0x03, 0x01}) {
            byte[] b = GLS_REQUEST.toArray();
            b[0] = (byte) type;
            assertThatThrownBy(() -> NcsiCodec.decode(Bytes.wrap(b))).isInstanceOfSatisfying(NcsiFormatException.class, e -> {
                assertThat(e.offset()).isZero();
                assertThat(e.field()).isEqualTo("MCTP message type");
            });
        }
        assertThatThrownBy(() -> NcsiCodec.decode(Bytes.EMPTY)).isInstanceOf(NcsiFormatException.class);
    }

    @Test
    void badChecksumNamesItsOffsetAfterThePad() {
        Bytes bad = NcsiVectors.withTypeByte(NcsiVectors.byId("invalid-checksum").packet());
        assertThatThrownBy(() -> NcsiCodec.decode(bad)).isInstanceOfSatisfying(NcsiFormatException.class, e -> {
            assertThat(e.offset()).isEqualTo(17);
            assertThat(e.getMessage()).contains("0xfffff5ff").contains("0xfffff5fe");
        });
    }

    @Test
    void checksumMatchesTheReferenceArithmetic() {
        // reference §9.2: words 0x0001 + 0x0001 + 0x0a00 = 0x0a02, negated
        assertThat(NcsiChecksum.of(Bytes.fromHex("00 01 00 01 0a 00 00 00 00 00 00 00 00 00 00 00"))).isEqualTo(0xFFFFF5FEL);
        // an odd last byte is the high byte of its word
        assertThat(NcsiChecksum.of(Bytes.fromHex("01"))).isEqualTo(0xFFFFFF00L);
    }

    @Test
    void aenEnableRequestAndResponseAreLaidOutAsDsp0222Says() {
        // type 02 | header: MC ID 00, revision 01, reserved, IID 03, type 08, channel 00, length 0x008, 8 reserved
        // payload: 3 reserved, AEN MC ID 00, AEN control 00000001 (link status change);
        // checksum: words 0x0001 + 0x0003 + 0x0800 + 0x0008 + 0x0001 = 0x080d, negated = 0xfffff7f3
        Bytes request = Bytes.fromHex("02 00 01 00 03 08 00 00 08 00 00 00 00 00 00 00 00"
                + " 00 00 00 00 00 00 00 01 ff ff f7 f3");
        AenEnableRequest enable = new AenEnableRequest(ControlHeader.of(3, ChannelId.of(0, 0)), 0, AenEnableRequest.LINK_STATUS_CHANGE);
        assertThat(NcsiCodec.encode(enable)).isEqualTo(request);
        assertThat(NcsiCodec.decodeRequest(request)).isEqualTo(enable);
        // response: type 0x88, length 4, response and reason codes 0; words 0x0001 + 0x0003 + 0x8800 + 0x0004 = 0x8808
        Bytes response = Bytes.fromHex("02 00 01 00 03 88 00 00 04 00 00 00 00 00 00 00 00 00 00 00 00 ff ff 77 f8");
        assertThat(NcsiCodec.decodeResponse(response, enable)).isEqualTo(new AenEnableResponse(enable.header(), ReasonCode.NO_ERROR));
        // a payload of the wrong length names the field
        Bytes shortRequest = Bytes.fromHex("02 00 01 00 03 08 00 00 04 00 00 00 00 00 00 00 00 00 00 00 01 ff ff f7 f7");
        assertThatThrownBy(() -> NcsiCodec.decodeRequest(shortRequest)).isInstanceOfSatisfying(NcsiFormatException.class,
                e -> assertThat(e.field()).isEqualTo("payload length"));
    }

    @Test
    void responseMustEchoTheRequestsIidAndCommand() {
        GetLinkStatusRequest iid2 = new GetLinkStatusRequest(ControlHeader.of(2, ChannelId.of(0, 0)));
        Bytes answerTo1 = NcsiVectors.byId("get-link-status-rsp-1g-up").message();
        assertThatThrownBy(() -> NcsiCodec.decodeResponse(answerTo1, iid2))
                .isInstanceOfSatisfying(NcsiFormatException.class, e -> assertThat(e.field()).isEqualTo("IID"));
        GetVersionIdRequest gvi1 = new GetVersionIdRequest(ControlHeader.of(1, ChannelId.of(0, 0)));
        assertThatThrownBy(() -> NcsiCodec.decodeResponse(answerTo1, gvi1))
                .isInstanceOfSatisfying(NcsiFormatException.class, e -> assertThat(e.field()).isEqualTo("control packet type"));
        assertThat(NcsiCodec.decodeResponse(answerTo1, new GetLinkStatusRequest(ControlHeader.of(1, ChannelId.of(0, 0)))))
                .isInstanceOf(GetLinkStatusResponse.class);
    }

    @Test
    void requestResponseAndAenAreToldApartByPacketType() {
        assertThat(NcsiCodec.decodeRequest(GLS_REQUEST)).isInstanceOf(GetLinkStatusRequest.class);
        assertThatThrownBy(() -> NcsiCodec.decodeResponse(GLS_REQUEST)).isInstanceOf(NcsiFormatException.class);
        Bytes aen = NcsiVectors.byId("aen-link-status-change").message();
        assertThat(NcsiCodec.decode(aen)).isInstanceOf(LinkStatusChangeAen.class);
        assertThatThrownBy(() -> NcsiCodec.decodeRequest(aen)).isInstanceOf(NcsiFormatException.class);
    }

    @Test
    void refusalIsAValueBuiltFromItsRequest() {
        GetPackageUuidRequest request = new GetPackageUuidRequest(ControlHeader.of(7, ChannelId.packageLevel(1)));
        ErrorResponse no = ErrorResponse.of(request, ResponseCode.UNSUPPORTED, ReasonCode.UNKNOWN_COMMAND_TYPE);
        assertThat(NcsiCodec.decodeResponse(NcsiCodec.encode(no), request)).isEqualTo(no);
        assertThat(no.packetType()).isEqualTo(0xD2);
    }

    @Test
    void codesOutsideTheTablesKeepTheirValueAndSayUnknown() {
        assertThat(ResponseCode.of(0x0010).label()).isEqualTo("unknown(0x0010)");
        assertThat(ReasonCode.of(0x0042).label()).isEqualTo("unknown(0x0042)");
        assertThat(ReasonCode.of(0x0901).label()).isEqualTo("command specific (0x0901)");
        assertThat(ReasonCode.of(0x7FFF).isCommandSpecific()).isFalse();
        assertThat(SpeedDuplex.of(0xF).label()).isEqualTo("unknown(0x0f)");
        assertThat(NcsiCommand.of(0x60).label()).isEqualTo("unknown(0x60)");
        assertThat(NcsiCommand.GET_PACKAGE_UUID.label()).isEqualTo("Get Package UUID (0x52)");
        assertThat(AenType.of(0x80).label()).isEqualTo("unknown(0x80)");
    }

    @Test
    void recordsRejectValuesTheWireCannotCarry() {
        ControlHeader h = ControlHeader.of(1, ChannelId.of(0, 0));
        assertThatThrownBy(() -> new OtherRequest(h, NcsiCommand.GET_LINK_STATUS, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherRequest(h, NcsiCommand.OEM, Bytes.wrap(new byte[4096])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ErrorResponse(h, NcsiCommand.GET_LINK_STATUS, ResponseCode.COMPLETED, ReasonCode.NO_ERROR,
                Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherResponse(h, NcsiCommand.of(0x7F), ReasonCode.NO_ERROR, Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherAen(h, AenType.LINK_STATUS_CHANGE, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChannelId.of(8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NcsiCommand.of(0x80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GetVersionIdResponse(h, ReasonCode.NO_ERROR, new NcsiVersion(0xF1, 0xF0, 0xFF, 0, 0),
                Bytes.EMPTY, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PacketStatistics.zero(CounterWidth.BITS_32).with(PacketCounter.TOTAL_BYTES_RECEIVED, 1L << 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkStatus(false, SpeedDuplex.NO_LINK, false, false, false, Set.of(), false, false,
                PartnerFlowControl.NOT_PAUSE_CAPABLE, false, false, 0x1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void channelIdPacksPackageAndChannel() {
        assertThat(ChannelId.of(1, 2).code()).isEqualTo(0x22);
        assertThat(ChannelId.ofCode(0x1F)).isEqualTo(ChannelId.packageLevel(0));
        assertThat(ChannelId.ofCode(0xFF).isPackageLevel()).isTrue();
        assertThat(ChannelId.ofCode(0xE3)).isEqualTo(ChannelId.of(7, 3));
    }

    @Test
    void versionLabelsFollowWiresharksExamples() {
        assertThat(new NcsiVersion(0xF1, 0xF0, 0xF1, 0x00, 0x00).label()).isEqualTo("1.0.1");
        assertThat(new NcsiVersion(0xF3, 0xF1, 0xFF, 0x00, 0x00).label()).isEqualTo("3.1");
        assertThat(new NcsiVersion(0xF1, 0xF0, 0xFF, 0x41, 0x00).label()).isEqualTo("1.0A");
        assertThat(new NcsiVersion(0xF1, 0x1A, 0xFF, 0x00, 0x00).label()).isEqualTo("1.?");
    }

    @Test
    void encodedStatisticsLengthPicksTheLayout() {
        ControlHeader h = ControlHeader.of(3, ChannelId.of(0, 0));
        for (CounterWidth w : CounterWidth.values()) {
            Bytes wire = NcsiCodec.encode(new GetControllerPacketStatisticsResponse(h, ReasonCode.NO_ERROR, PacketStatistics.zero(w)));
            assertThat(wire.get(7) << 8 | wire.get(8)).isEqualTo(w.payloadLength());
        }
    }
}
