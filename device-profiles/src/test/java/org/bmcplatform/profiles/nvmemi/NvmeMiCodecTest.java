package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bmcplatform.profiles.nvmemi.TestFrames.withMic;
import static org.bmcplatform.profiles.nvmemi.TestFrames.zeros;

import java.util.List;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

class NvmeMiCodecTest {
    private static final HealthStatusPollRequest POLL = new HealthStatusPollRequest(0, false);

    private static void roundTrips(Bytes wire, MiRequest request, MiResponse expected) {
        assertThat(NvmeMiCodec.decodeResponse(wire, request)).isEqualTo(expected);
        assertThat(NvmeMiCodec.encode(expected)).isEqualTo(wire);
    }

    private static void roundTrips(Bytes wire, MiRequest expected) {
        assertThat(NvmeMiCodec.decodeRequest(wire)).isEqualTo(expected);
        assertThat(NvmeMiCodec.encode(expected)).isEqualTo(wire);
    }

    private static NvmeMiFormatException formatError(Runnable r) {
        try {
            r.run();
        } catch (NvmeMiFormatException e) {
            return e;
        }
        throw new AssertionError("expected an NvmeMiFormatException");
    }

    @Test
    void vpdReadRequestCarriesOffsetInNmd0AndLengthInNmd1() { // NVMe-MI 1.2 §5.10
        roundTrips(withMic("84 08 00 00 05 00 00 00 40 00 00 00 00 01 00 00"), new VpdReadRequest(0, 0x40, 0x100));
    }

    @Test
    void vpdReadResponseCarriesTheRawBytes() {
        VpdReadRequest req = new VpdReadRequest(1, 0, 4);
        roundTrips(withMic("84 89 00 00 00 00 00 00 01 00 00 01"), req, new VpdReadResponse(1, Bytes.fromHex("01 00 00 01")));
    }

    @Test
    void readDataStructureRequestPacksTypePortAndControllerIntoNmd0() { // §5.7
        roundTrips(withMic("84 08 00 00 00 00 00 00 34 12 03 01 00 00 00 00"),
                new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 3, 0x1234));
    }

    @Test
    void subsystemInformationDecodesPortsAndVersion() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.SUBSYSTEM_INFORMATION, 0, 0);
        Bytes wire = withMic("84 88 00 00 00 20 00 00 01 01 02" + zeros(29));
        DataStructure.SubsystemInfo info = new DataStructure.SubsystemInfo(1, 1, 2);
        roundTrips(wire, req, new ReadDataStructureResponse(0, info));
        assertThat(info.portCount()).isEqualTo(2);
    }

    @Test
    void pciePortInformationDecodesLinkFields() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 0, 0);
        Bytes wire = withMic("84 88 00 00 00 20 00 00 01 02 40 00 00 10 00 00 02 0f 04 04 04 00" + zeros(18));
        roundTrips(wire, req, new ReadDataStructureResponse(0, new DataStructure.PortInfo(1, 2, 64, 4096,
                new DataStructure.PciePort(2, 0x0F, 4, 4, 4, 0))));
    }

    @Test
    void smbusPortInformationDecodesAddressesAndBasicManagement() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 1, 0);
        Bytes wire = withMic("84 88 00 00 00 20 00 00 02 00 40 00 00 00 00 00 a6 02 d4 02 01" + zeros(19));
        roundTrips(wire, req, new ReadDataStructureResponse(0, new DataStructure.PortInfo(2, 0, 64, 0,
                new DataStructure.SmbusPort(0xA6, 2, 0xD4, 2, true))));
    }

    @Test
    void portInformationOfAnotherLengthIsRejected() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 0, 0);
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 88 00 00 00 10 00 00" + zeros(16)), req));
        assertThat(e.field()).isEqualTo("port information");
        assertThat(e.offset()).isEqualTo(8);
    }

    @Test
    void controllerInformationDecodesPciIdentifiers() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_INFORMATION, 0, 1);
        Bytes wire = withMic("84 88 00 00 00 20 00 00 00 00 00 00 00 01 00 03 0f 1d 01 50 0f 1d 02 00" + zeros(16));
        roundTrips(wire, req, new ReadDataStructureResponse(0,
                new DataStructure.ControllerInfo(0, true, 0x0300, 0x1D0F, 0x5001, 0x1D0F, 0x0002)));
    }

    @Test
    void controllerListDecodesItsIdentifiers() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_LIST, 0, 0);
        roundTrips(withMic("84 88 00 00 00 06 00 00 02 00 00 00 01 00"), req,
                new ReadDataStructureResponse(0, new DataStructure.ControllerList(List.of(0, 1))));
    }

    @Test
    void controllerListCountAboveTheMaximumIsRejectedAtTheCountField() { // libnvme #1140
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_LIST, 0, 0);
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 88 00 00 00 02 00 00 00 08"), req));
        assertThat(e.field()).isEqualTo("NUMID");
        assertThat(e.offset()).isEqualTo(8);
    }

    @Test
    void controllerListShorterThanItsCountNamesTheMissingEntry() {
        ReadDataStructureRequest req = new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_LIST, 0, 0);
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 88 00 00 00 04 00 00 03 00 07 00"), req));
        assertThat(e.field()).isEqualTo("controller id 1");
        assertThat(e.offset()).isEqualTo(12);
    }

    @Test
    void identifyControllerRequestPutsControllerIdWindowAndCnsInThe68ByteHeader() { // NVMe-MI 1.2 §6
        Bytes wire = withMic("84 11 00 00 06 03 05 00" + zeros(20) + " 10 00 00 00 00 01 00 00" + zeros(8)
                + " 01 00 00 00" + zeros(20));
        assertThat(wire.length()).isEqualTo(72);
        roundTrips(wire, new IdentifyControllerRequest(1, 5, 16, 256));
    }

    @Test
    void identifyControllerResponseYieldsTrimmedAssetsAndKelvinThresholds() {
        byte[] data = new byte[272];
        data[0] = 0x4D;
        data[1] = 0x14;                                             // VID 0x144d
        put(data, 4, "SN0001              ");
        put(data, 24, "ACME NVMe SSD 1TB" + "\0".repeat(23));
        put(data, 64, "1.2.3   ");
        data[266] = 0x5E;
        data[267] = 0x01;                                           // WCTEMP 350 K
        data[268] = 0x6C;
        data[269] = 0x01;                                           // CCTEMP 364 K
        IdentifyControllerRequest req = new IdentifyControllerRequest(0, 0, 0, 272);
        Bytes wire = withMic("84 90 00 00 00 00 00 00" + zeros(12) + " " + Bytes.wrap(data).toHex());
        IdentifyControllerResponse rsp = (IdentifyControllerResponse) NvmeMiCodec.decodeResponse(wire, req);
        assertThat(rsp.nvmeStatus()).isZero();
        assertThat(rsp.data()).isEqualTo(Bytes.wrap(data));
        assertThat(NvmeMiCodec.encode(rsp)).isEqualTo(wire);
        ControllerIdentity id = ControllerIdentity.parse(rsp.data());
        assertThat(id).isEqualTo(new ControllerIdentity(0x144D, 0, "SN0001", "ACME NVMe SSD 1TB", "1.2.3",
                OptionalInt.of(350), OptionalInt.of(364)));
        assertThat(ControllerIdentity.parse(id.toBytes(272))).isEqualTo(id);
    }

    @Test
    void identifyDataShorterThanTheFirmwareFieldNamesTheField() {
        NvmeMiFormatException e = formatError(() -> ControllerIdentity.parse(Bytes.wrap(new byte[70])));
        assertThat(e.field()).isEqualTo("FR");
        assertThat(e.offset()).isEqualTo(64);
    }

    @Test
    void identifyCompletionStatusIsTakenFromDword3Bits31To17() {
        IdentifyControllerRequest req = new IdentifyControllerRequest(0, 3, 0, 72);
        Bytes wire = withMic("84 90 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 04 00"); // SC 0x02 invalid field
        IdentifyControllerResponse rsp = (IdentifyControllerResponse) NvmeMiCodec.decodeResponse(wire, req);
        assertThat(rsp.nvmeStatus()).isEqualTo(0x02);
        assertThat(rsp.data().isEmpty()).isTrue();
    }

    @Test
    void shortAdminErrorResponseIsAValue() {
        IdentifyControllerRequest req = new IdentifyControllerRequest(0, 3, 0, 72);
        roundTrips(withMic("84 90 00 00 04 00 00 00"), req,
                new ErrorResponse(0, MessageKind.ADMIN_COMMAND, MiStatus.INVALID_PARAMETER, 0));
    }

    @Test
    void unknownAndVendorStatusCodesRoundTrip() {
        Bytes wire = withMic("84 88 00 00 30 00 00 00");
        MiResponse rsp = NvmeMiCodec.decodeResponse(wire, POLL);
        assertThat(rsp.status()).isEqualTo(MiStatus.of(0x30));
        assertThat(rsp.status().label()).isEqualTo("unknown(0x30)");
        assertThat(NvmeMiCodec.encode(rsp)).isEqualTo(wire);
        assertThat(MiStatus.of(0xE1).label()).isEqualTo("vendor specific (0xe1)");
    }

    @Test
    void moreProcessingRequiredKeepsTheWaitTimeInNmresp() {
        MiResponse rsp = NvmeMiCodec.decodeResponse(withMic("84 88 00 00 01 00 0a 00"), POLL);
        assertThat(rsp).isEqualTo(new ErrorResponse(0, MessageKind.MI_COMMAND, MiStatus.MORE_PROCESSING_REQUIRED, 0x0A00));
    }

    @Test
    void wrongTypeByteIsRejectedAtOffsetZero() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("85 88 00 00 00 00 00 00"), POLL));
        assertThat(e.offset()).isZero();
        assertThat(e.field()).isEqualTo("message type");
    }

    @Test
    void requestWhereAResponseIsExpectedIsRejectedAtRor() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(NvmeMiCodec.encode(POLL), POLL));
        assertThat(e.offset()).isEqualTo(1);
        assertThat(e.field()).isEqualTo("NMP.ROR");
        assertThat(formatError(() -> NvmeMiCodec.decodeRequest(withMic("84 88 00 00 00 00 00 00"))).field()).isEqualTo("NMP.ROR");
    }

    @Test
    void responseInTheOtherCommandSlotIsRejected() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 89 00 00 03 00 00 00"), POLL));
        assertThat(e.field()).isEqualTo("NMP.CSI");
    }

    @Test
    void responseOfAnotherMessageKindIsRejected() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 90 00 00 03 00 00 00"), POLL));
        assertThat(e.field()).isEqualTo("NMP.NMIMT");
    }

    @Test
    void messageShorterThanHeaderAndMicIsRejected() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeRequest(Bytes.fromHex("84 08 00 00 01")));
        assertThat(e.field()).isEqualTo("MIC");
    }

    @Test
    void truncatedHealthDataNamesTheFirstMissingField() {
        NvmeMiFormatException e = formatError(() -> NvmeMiCodec.decodeResponse(withMic("84 88 00 00 00 00 00 00 38 ff 2a 03"), POLL));
        assertThat(e.field()).isEqualTo("CCS");
        assertThat(e.offset()).isEqualTo(12);
    }

    @Test
    void pollRequestWithOtherNmd0BitsIsKeptAsAGenericCommand() {
        Bytes wire = withMic("84 08 00 00 01 00 00 00 01 00 00 00 00 00 00 00");
        roundTrips(wire, new MiCommandRequest(0, MiOpcode.SUBSYSTEM_HEALTH_STATUS_POLL, 1, 0, Bytes.EMPTY));
    }

    @Test
    void controlPrimitiveRequestIsKeptAsSent() {
        Bytes wire = withMic("84 01 00 00 00 00 00 00");
        roundTrips(wire, new OtherRequest(1, MessageKind.CONTROL_PRIMITIVE, Bytes.fromHex("00 00 00 00")));
    }

    @Test
    void errorRecordRejectsSuccessStatus() {
        assertThatThrownBy(() -> new ErrorResponse(0, MessageKind.MI_COMMAND, MiStatus.SUCCESS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void put(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at + i] = (byte) s.charAt(i);
        }
    }
}
