package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** Header, framing and correlation rules (DSP0240 "PLDM message common fields", DSP0241). */
class PldmCodecTest {
    private static final Bytes GET_TID_REQUEST = PldmVectors.byId("get-tid-req").message();

    @Test
    void messagesStartWithTheMctpTypeByteForPldm() {
        assertThat(PldmCodec.encode(new GetTidRequest(1))).isEqualTo(Bytes.fromHex("01 81 00 02"));
    }

    @Test
    void typeByteWithIntegrityCheckOrOtherTypeIsRejected() {
        assertThatThrownBy(() -> PldmCodec.decode(Bytes.fromHex("81 81 00 02")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("MCTP message type");
                    assertThat(e.offset()).isZero();
                });
        assertThatThrownBy(() -> PldmCodec.decode(Bytes.fromHex("04 81 00 02"))).isInstanceOf(PldmFormatException.class);
        assertThatThrownBy(() -> PldmCodec.decode(Bytes.EMPTY)).isInstanceOf(PldmFormatException.class);
    }

    @Test
    void headerFieldsAreReadFromTheirBits() {
        PldmHeader h = PldmHeader.read(Bytes.fromHex("01 df 02 51"));
        assertThat(h.request()).isTrue();
        assertThat(h.datagram()).isTrue();
        assertThat(h.instanceId()).isEqualTo(31);
        assertThat(h.headerVersion()).isZero();
        assertThat(h.command()).isEqualTo(PldmCommand.GET_PDR);
        assertThat(h.command().label()).isEqualTo("GetPDR (type 0x02 command 0x51)");
    }

    @Test
    void unacknowledgedRequestSetsTheDatagramBitAndDecodesAsTheSameRequest() {
        PlatformEventMessageRequest event = PlatformEventMessageRequest.of(3, 9,
                new SensorEvent(1, new SensorEventData.StateSensorChange(0, 1, 2)));
        Bytes sent = PldmCodec.encodeUnacknowledged(event);
        assertThat(sent.get(1)).isEqualTo(0xC3);
        assertThat(PldmCodec.decodeRequest(sent)).isEqualTo(event);
    }

    @Test
    void directionIsChecked() {
        assertThatThrownBy(() -> PldmCodec.decodeResponse(GET_TID_REQUEST))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("Rq"));
        assertThatThrownBy(() -> PldmCodec.decodeRequest(PldmVectors.byId("get-tid-rsp").message()))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("Rq"));
    }

    @Test
    void responseMustEchoTheRequestsInstanceIdAndCommand() {
        Bytes response = PldmVectors.byId("get-tid-rsp").message();
        assertThat(PldmCodec.decodeResponse(response, new GetTidRequest(1))).isEqualTo(new GetTidResponse(1, 9));
        assertThatThrownBy(() -> PldmCodec.decodeResponse(response, new GetTidRequest(2)))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("Instance ID"));
        assertThatThrownBy(() -> PldmCodec.decodeResponse(response, new GetPldmTypesRequest(1)))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("PLDM type/command"));
    }

    @Test
    void aFailingCompletionCodeIsAValueEvenWithTrailingBytes() {
        PldmResponse r = PldmCodec.decodeResponse(Bytes.fromHex("01 05 02 11 04 00 00 00"));
        assertThat(r).isEqualTo(new ErrorResponse(5, PldmCommand.GET_SENSOR_READING, CompletionCode.ERROR_NOT_READY));
        assertThat(r.completionCode().isSuccess()).isFalse();
        assertThat(PldmCodec.encode(ErrorResponse.of(new GetSensorReadingRequest(5, 3, false), CompletionCode.INVALID_SENSOR_ID)))
                .isEqualTo(Bytes.fromHex("01 05 02 11 80"));
    }

    @Test
    void errorOffsetsCountFromTheTypeByte() {
        // sensorDataSize is the first data byte after the completion code: offset 1 + 3 + 1 = 5
        assertThatThrownBy(() -> PldmCodec.decode(Bytes.fromHex("01 05 02 11 00 07 00 00 01 01 01 2a")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.offset()).isEqualTo(5));
    }

    @Test
    void typeBitfieldMapsBitNToTypeN() {
        GetPldmTypesResponse r = (GetPldmTypesResponse) PldmCodec.decode(PldmVectors.byId("get-pldm-types-rsp").message());
        assertThat(r.types()).containsExactly(PldmType.BASE, PldmType.PLATFORM, PldmType.FRU, PldmType.FIRMWARE_UPDATE);
        assertThat(r.supports(PldmType.BIOS)).isFalse();
        GetPldmTypesResponse oem = GetPldmTypesResponse.of(0, PldmType.OEM);
        assertThat(PldmCodec.encode(oem).slice(5)).isEqualTo(Bytes.fromHex("00 00 00 00 00 00 00 80"));
    }

    @Test
    void commandBitfieldMapsBitNOfByteNOver8ToCommandN() {
        GetPldmCommandsResponse r = (GetPldmCommandsResponse) PldmCodec.decode(PldmVectors.byId("get-pldm-commands-rsp").message());
        assertThat(r.commands().commands()).containsExactly(0x0A, 0x11, 0x21, 0x51);
        assertThat(r.commands().supports(0x50)).isFalse();
        assertThat(SupportedCommands.of(0xFF).bits().get(31)).isEqualTo(0x80);
    }

    @Test
    void ver32IsBcdWithFillerNibbles() {
        assertThat(Ver32.of(1, 2, 0).value()).isEqualTo(0xF1F2F000L);
        assertThat(Ver32.of(1, 0, -1).label()).isEqualTo("1.0");
        assertThat(Ver32.of(12, 3, 45).value()).isEqualTo(0x12F34500L);
        assertThat(Ver32.of(12, 3, 45).label()).isEqualTo("12.3.45");
        assertThat(new Ver32(0xF1, 0xF1, 0xF0, 'a').label()).isEqualTo("1.1.0a");
        assertThat(Ver32.ofValue(0xF1F2F000L)).isEqualTo(Ver32.of(1, 2, 0));
        assertThat(VersionData.decode(VersionData.encode(List.of(Ver32.of(1, 0, 0))))).containsExactly(Ver32.of(1, 0, 0));
    }

    @Test
    void unitsAndStatesHaveSpecNames() {
        assertThat(SensorUnit.DEGREES_C.label()).isEqualTo("degrees C (0x02)");
        assertThat(new SensorUnit(76).label()).isEqualTo("packets (0x4c)");
        assertThat(new SensorUnit(86).label()).isEqualTo("square meters (0x56)");
        assertThat(new SensorUnit(200).label()).isEqualTo("unknown(0xc8)");
        assertThat(SensorState.UPPER_CRITICAL.label()).isEqualTo("upperCritical (0x09)");
        assertThat(new PdrType(20).label()).isEqualTo("FRU Record Set (0x14)");
        assertThat(PdrTransferFlag.MIDDLE.code()).isNotEqualTo(TransferFlag.MIDDLE.code());
    }

    @Test
    void otherMessagesRefuseWhatHasItsOwnRecordSoEveryValueRoundTrips() {
        assertThatThrownBy(() -> new OtherRequest(1, PldmCommand.GET_TID, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherResponse(1, PldmCommand.GET_PDR, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherPdr(PdrHeader.of(1, 0), PdrType.NUMERIC_SENSOR, Bytes.EMPTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OtherEvent(0, Bytes.fromHex("01 00 02"))).isInstanceOf(IllegalArgumentException.class);
        OtherEvent undefinedClass = new OtherEvent(0, Bytes.fromHex("01 00 07 aa"));
        PlatformEventMessageRequest m = PlatformEventMessageRequest.of(1, 2, undefinedClass);
        assertThat(PldmCodec.decode(PldmCodec.encode(m))).isEqualTo(m);
        PldmCommand findPdr = new PldmCommand(PldmType.PLATFORM, 0x52);
        assertThat(findPdr.isModelled()).isFalse();
        assertThat(PldmCodec.decode(Bytes.fromHex("01 82 02 52"))).isEqualTo(new OtherRequest(2, findPdr, Bytes.EMPTY));
    }
}
