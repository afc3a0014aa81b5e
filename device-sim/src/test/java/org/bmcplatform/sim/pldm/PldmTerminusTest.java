package org.bmcplatform.sim.pldm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.EventMessageGlobalEnable;
import org.bmcplatform.profiles.pldm.EventMessageSupportedRequest;
import org.bmcplatform.profiles.pldm.EventMessageSupportedResponse;
import org.bmcplatform.profiles.pldm.FruEncoding;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoRequest;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoResponse;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.GetPdrResponse;
import org.bmcplatform.profiles.pldm.GetPldmCommandsRequest;
import org.bmcplatform.profiles.pldm.GetPldmCommandsResponse;
import org.bmcplatform.profiles.pldm.GetPldmTypesRequest;
import org.bmcplatform.profiles.pldm.GetPldmTypesResponse;
import org.bmcplatform.profiles.pldm.GetPldmVersionRequest;
import org.bmcplatform.profiles.pldm.GetPldmVersionResponse;
import org.bmcplatform.profiles.pldm.GetSensorReadingRequest;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsRequest;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsResponse;
import org.bmcplatform.profiles.pldm.GetTidRequest;
import org.bmcplatform.profiles.pldm.GetTidResponse;
import org.bmcplatform.profiles.pldm.MultipartTransfer;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.OtherRequest;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.PlatformEvent;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmCommand;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.PldmType;
import org.bmcplatform.profiles.pldm.PossibleStates;
import org.bmcplatform.profiles.pldm.RangeFieldFormat;
import org.bmcplatform.profiles.pldm.RepositoryState;
import org.bmcplatform.profiles.pldm.SensorDataSize;
import org.bmcplatform.profiles.pldm.SensorEvent;
import org.bmcplatform.profiles.pldm.SensorEventData;
import org.bmcplatform.profiles.pldm.SensorInit;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.SensorRanges;
import org.bmcplatform.profiles.pldm.SensorReadingConversion;
import org.bmcplatform.profiles.pldm.SensorState;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.SensorUnits;
import org.bmcplatform.profiles.pldm.SetTidRequest;
import org.bmcplatform.profiles.pldm.StateSensorPdr;
import org.bmcplatform.profiles.pldm.TransferFlag;
import org.bmcplatform.profiles.pldm.TransferOperation;
import org.bmcplatform.profiles.pldm.Ver32;
import org.bmcplatform.profiles.pldm.VersionData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The terminus answering encoded requests, message by message (DSP0240, DSP0248, DSP0257). */
class PldmTerminusTest {
    static final EntityId ENTITY = new EntityId(145, 1, 0);

    private final PldmTerminus terminus = new PldmTerminus(TerminusSettings.DEFAULTS.withVersionPortion(4).withFruPortion(10));
    private final AtomicReference<Double> celsius = new AtomicReference<>(40.0);

    private PldmResponse ask(PldmRequest request) {
        return PldmCodec.decodeResponse(terminus.answer(PldmCodec.encode(request)).orElseThrow(), request);
    }

    private CompletionCode code(Bytes raw) {
        return PldmCodec.decodeResponse(terminus.answer(raw).orElseThrow()).completionCode();
    }

    private static NumericSensorPdr sensor(PdrHeader h, int id, SensorDataSize size, RangeFieldFormat format, float resolution,
                                           long hysteresis, int thresholds, double warning, double critical, double lowWarning) {
        SensorRanges ranges = new SensorRanges(format, SensorRanges.CRITICAL_HIGH, 0, 0, 0, warning, lowWarning, critical, 0, 0, 0);
        return new NumericSensorPdr(h, PldmTerminus.TERMINUS_HANDLE, id, ENTITY, SensorInit.NO_INIT, false,
                SensorUnits.of(SensorUnit.DEGREES_C, 0), true, size, resolution, 0f, 0, 0, 0, hysteresis, thresholds, 0, 0f, 1f,
                size.max(), size.min(), ranges);
    }

    private long addTemperature(int id, SensorDataSize size) {
        RangeFieldFormat format = RangeFieldFormat.valueOf(size.name());
        return terminus.addNumericSensor(h -> sensor(h, id, size, format, 1f, 2,
                NumericSensorPdr.UPPER_WARNING | NumericSensorPdr.UPPER_CRITICAL, 70, 80, 0), celsius::get);
    }

    @Test
    void tidStartsUnassignedAndKeepsWhatSetTidAssigns() {
        assertThat(((GetTidResponse) ask(new GetTidRequest(1))).tid()).isEqualTo(0);
        assertThat(ask(new SetTidRequest(2, 0x21)).completionCode()).isEqualTo(CompletionCode.SUCCESS);
        assertThat(((GetTidResponse) ask(new GetTidRequest(3))).tid()).isEqualTo(0x21);
        // DSP0240: TIDs 0x00 and 0xFF are reserved
        assertThat(ask(new SetTidRequest(4, 0xFF)).completionCode()).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
        assertThat(terminus.tid()).isEqualTo(0x21);
    }

    @Test
    void reportsTypesBasePlatformAndFruWithTheirCommands() {
        assertThat(((GetPldmTypesResponse) ask(new GetPldmTypesRequest(1))).types())
                .containsExactly(PldmType.BASE, PldmType.PLATFORM, PldmType.FRU);
        assertThat(((GetPldmCommandsResponse) ask(new GetPldmCommandsRequest(2, PldmType.BASE, Ver32.of(1, 1, 0)))).commands().commands())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(((GetPldmCommandsResponse) ask(new GetPldmCommandsRequest(3, PldmType.PLATFORM, Ver32.of(1, 2, 0)))).commands().commands())
                .containsExactly(0x04, 0x0C, 0x11, 0x21, 0x50, 0x51);
        assertThat(((GetPldmCommandsResponse) ask(new GetPldmCommandsRequest(4, PldmType.FRU, Ver32.of(1, 0, 0)))).commands().commands())
                .containsExactly(1, 2);
        assertThat(ask(new GetPldmCommandsRequest(5, PldmType.PLATFORM, Ver32.of(1, 3, 0))).completionCode())
                .isEqualTo(CompletionCode.BASE_INVALID_PLDM_VERSION_IN_REQUEST_DATA);
        assertThat(ask(new GetPldmCommandsRequest(6, PldmType.FIRMWARE_UPDATE, Ver32.of(1, 0, 0))).completionCode())
                .isEqualTo(CompletionCode.BASE_INVALID_PLDM_TYPE_IN_REQUEST_DATA);
    }

    // DSP0240 GetPLDMVersion: the version data and its CRC-32 in parts, the handle of the next part in each
    @Test
    void versionComesInPartsThatReassembleToTheVersionAndItsCrc() {
        MultipartTransfer.Assembly a = new MultipartTransfer.Assembly();
        GetPldmVersionResponse first = (GetPldmVersionResponse) ask(GetPldmVersionRequest.first(1, PldmType.PLATFORM));
        assertThat(first.transferFlag()).isEqualTo(TransferFlag.START);
        assertThat(a.add(first.transferFlag(), first.portion())).isEmpty();
        GetPldmVersionResponse last = (GetPldmVersionResponse) ask(new GetPldmVersionRequest(2, first.nextDataTransferHandle(),
                TransferOperation.GET_NEXT_PART, PldmType.PLATFORM));
        assertThat(last.transferFlag()).isEqualTo(TransferFlag.END);
        assertThat(last.nextDataTransferHandle()).isZero();

        assertThat(VersionData.decode(a.add(last.transferFlag(), last.portion()).orElseThrow())).containsExactly(Ver32.of(1, 2, 0));
        assertThat(ask(new GetPldmVersionRequest(3, 99, TransferOperation.GET_NEXT_PART, PldmType.BASE)).completionCode())
                .isEqualTo(CompletionCode.BASE_INVALID_DATA_TRANSFER_HANDLE);
        assertThat(ask(new GetPldmVersionRequest(4, 0, new TransferOperation(7), PldmType.BASE)).completionCode())
                .isEqualTo(CompletionCode.BASE_INVALID_TRANSFER_OPERATION_FLAG);
    }

    @Test
    void unknownCommandsTypesLengthsAndValuesAreAnsweredWithTheirCompletionCodes() {
        assertThat(ask(new OtherRequest(1, new PldmCommand(PldmType.PLATFORM, 0x52), Bytes.EMPTY)).completionCode())
                .isEqualTo(CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD);
        assertThat(ask(new OtherRequest(2, new PldmCommand(PldmType.FIRMWARE_UPDATE, 0x01), Bytes.EMPTY)).completionCode())
                .isEqualTo(CompletionCode.ERROR_INVALID_PLDM_TYPE);
        // GetSensorReading with one data byte short, then one too many
        assertThat(code(Bytes.fromHex("01 81 02 11 01 00"))).isEqualTo(CompletionCode.ERROR_INVALID_LENGTH);
        assertThat(code(Bytes.fromHex("01 81 02 11 01 00 00 00"))).isEqualTo(CompletionCode.ERROR_INVALID_LENGTH);
        assertThat(code(Bytes.fromHex("01 81 00 02 00"))).isEqualTo(CompletionCode.ERROR_INVALID_LENGTH);
        // rearmEventState is a bool8: 2 is a value the codec refuses
        assertThat(code(Bytes.fromHex("01 81 02 11 01 00 02"))).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
        assertThat(terminus.answered()).isEqualTo(6);
    }

    @Test
    void bytesThatAreNotARequestAreDroppedAndCountedAndDatagramsGetNoAnswer() {
        assertThat(terminus.answer(Bytes.fromHex("01 81"))).isEmpty();
        assertThat(terminus.answer(Bytes.fromHex("01 01 00 02 00 09"))).isEmpty(); // a GetTID response
        assertThat(terminus.dropped()).isEqualTo(2);

        assertThat(terminus.answer(Bytes.fromHex("01 c1 00 01 33"))).isEmpty(); // SetTID as an unacknowledged request
        assertThat(terminus.tid()).isEqualTo(0x33);
    }

    @ParameterizedTest
    @EnumSource(SensorDataSize.class)
    void sensorReadingComesInTheDataSizeThePdrDeclares(SensorDataSize size) {
        addTemperature(7, size);
        celsius.set(42.4);

        GetSensorReadingResponse r = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(1, 7, false));

        assertThat(r.dataSize()).isEqualTo(size);
        assertThat(r.presentReading()).isEqualTo(42);
        assertThat(r.operationalState()).isEqualTo(SensorOperationalState.ENABLED);
        assertThat(r.presentState()).isEqualTo(SensorState.NORMAL);
    }

    // DSP0248 §18.2 and caveat 21: negative readings of signed sizes go out as such (sign extended on decode)
    @Test
    void negativeTemperatureOfASint8SensorIsSignExtended() {
        addTemperature(3, SensorDataSize.SINT8);
        celsius.set(-12.0);

        GetSensorReadingResponse r = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(1, 3, false));

        assertThat(r.presentReading()).isEqualTo(-12);
        assertThat(PldmCodec.encode(r).get(PldmCodec.encode(r).length() - 1)).isEqualTo(0xF4);
    }

    @Test
    void halfDegreeResolutionReadsBackThroughTheConversion() {
        terminus.addNumericSensor(h -> sensor(h, 9, SensorDataSize.SINT16, RangeFieldFormat.SINT16, 0.5f, 4,
                NumericSensorPdr.UPPER_WARNING, 190, 0, 0), celsius::get);
        celsius.set(61.3);
        NumericSensorPdr pdr = terminus.numericSensor(9).orElseThrow().pdr();

        GetSensorReadingResponse r = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(1, 9, false));

        assertThat(r.presentReading()).isEqualTo(123);
        assertThat(SensorReadingConversion.toEngineeringUnits(r.presentReading(), pdr)).isEqualTo(61.5);
    }

    @Test
    void stateFollowsThresholdsWithHysteresisAndRemembersThePreviousState() {
        addTemperature(5, SensorDataSize.UINT8);
        GetSensorReadingRequest read = new GetSensorReadingRequest(1, 5, false);

        celsius.set(71.0);
        GetSensorReadingResponse warm = (GetSensorReadingResponse) ask(read);
        celsius.set(85.0);
        GetSensorReadingResponse hot = (GetSensorReadingResponse) ask(read);
        celsius.set(79.0); // below critical 80, but within the 2-degree hysteresis
        GetSensorReadingResponse held = (GetSensorReadingResponse) ask(read);
        celsius.set(77.0);
        GetSensorReadingResponse cooled = (GetSensorReadingResponse) ask(read);
        celsius.set(50.0);
        GetSensorReadingResponse normal = (GetSensorReadingResponse) ask(read);

        assertThat(warm.presentState()).isEqualTo(SensorState.UPPER_WARNING);
        assertThat(hot.presentState()).isEqualTo(SensorState.UPPER_CRITICAL);
        assertThat(hot.previousState()).isEqualTo(SensorState.UPPER_WARNING);
        assertThat(held.presentState()).isEqualTo(SensorState.UPPER_CRITICAL);
        assertThat(cooled.presentState()).isEqualTo(SensorState.UPPER_WARNING);
        assertThat(cooled.previousState()).isEqualTo(SensorState.UPPER_CRITICAL);
        assertThat(normal.presentState()).isEqualTo(SensorState.NORMAL);
        assertThat(normal.eventState()).isEqualTo(SensorState.NORMAL);
    }

    @Test
    void lowerThresholdsAndReadingsOutsideTheReadableRange() {
        terminus.addNumericSensor(h -> sensor(h, 4, SensorDataSize.SINT8, RangeFieldFormat.SINT8, 1f, 0,
                NumericSensorPdr.LOWER_WARNING, 0, 0, 5), celsius::get);
        celsius.set(3.0);
        assertThat(((GetSensorReadingResponse) ask(new GetSensorReadingRequest(1, 4, false))).presentState())
                .isEqualTo(SensorState.LOWER_WARNING);
        celsius.set(500.0);
        assertThat(((GetSensorReadingResponse) ask(new GetSensorReadingRequest(2, 4, false))).presentReading()).isEqualTo(127);
    }

    @Test
    void unknownSensorAndFailedSensor() {
        addTemperature(7, SensorDataSize.SINT16);
        assertThat(ask(new GetSensorReadingRequest(1, 8, false)).completionCode()).isEqualTo(CompletionCode.INVALID_SENSOR_ID);
        assertThat(ask(new GetStateSensorReadingsRequest(2, 7, 0)).completionCode()).isEqualTo(CompletionCode.INVALID_SENSOR_ID);

        terminus.numericSensor(7).orElseThrow().setOperationalState(SensorOperationalState.FAILED);

        GetSensorReadingResponse r = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(3, 7, false));
        assertThat(r.operationalState()).isEqualTo(SensorOperationalState.FAILED);
        assertThat(r.presentState()).isEqualTo(SensorState.UNKNOWN);
    }

    @Test
    void stateSensorReportsEachCompositeStateAndThePreviousOne() {
        AtomicReference<Integer> health = new AtomicReference<>(1);
        terminus.addStateSensor(h -> new StateSensorPdr(h, 1, 2, ENTITY, SensorInit.NO_INIT, false,
                List.of(PossibleStates.of(1, 1, 5, 7), PossibleStates.of(2, 1, 2))), List.of(health::get, () -> 2));

        ask(new GetStateSensorReadingsRequest(1, 2, 0));
        health.set(5);
        GetStateSensorReadingsResponse r = (GetStateSensorReadingsResponse) ask(new GetStateSensorReadingsRequest(2, 2, 0));

        assertThat(r.fields()).hasSize(2);
        assertThat(r.fields().get(0).presentState()).isEqualTo(5);
        assertThat(r.fields().get(0).previousState()).isEqualTo(1);
        assertThat(r.fields().get(1).presentState()).isEqualTo(2);
    }

    // DSP0248 GetPDR: bad handles, flags and change numbers have their own completion codes
    @Test
    void getPdrRefusesBadHandlesFlagsAndChangeNumbers() {
        long first = addTemperature(7, SensorDataSize.SINT16);
        long second = addTemperature(8, SensorDataSize.UINT8);
        GetPdrResponse part = (GetPdrResponse) ask(GetPdrRequest.first(1, 0, 20));

        assertThat(part.nextRecordHandle()).isEqualTo(second);
        assertThat(part.recordData().length()).isEqualTo(20);
        assertThat(ask(GetPdrRequest.first(2, 99, 20)).completionCode()).isEqualTo(CompletionCode.PDR_INVALID_RECORD_HANDLE);
        assertThat(ask(new GetPdrRequest(3, first, 5000, TransferOperation.GET_NEXT_PART, 20, 1)).completionCode())
                .isEqualTo(CompletionCode.PDR_INVALID_DATA_TRANSFER_HANDLE);
        assertThat(ask(new GetPdrRequest(4, first, 20, TransferOperation.GET_NEXT_PART, 20, 0)).completionCode())
                .isEqualTo(CompletionCode.PDR_INVALID_RECORD_CHANGE_NUMBER);
        assertThat(ask(new GetPdrRequest(5, first, 20, new TransferOperation(2), 20, 1)).completionCode())
                .isEqualTo(CompletionCode.PDR_INVALID_TRANSFER_OPERATION_FLAG);
        assertThat(ask(GetPdrRequest.first(6, first, 0)).completionCode()).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
        assertThat(((GetPdrResponse) ask(new GetPdrRequest(7, first, 20, TransferOperation.GET_NEXT_PART, 20, 1))).recordData().length())
                .isEqualTo(20);

        terminus.removeSensor(7);
        assertThat(ask(GetPdrRequest.first(8, first, 20)).completionCode()).isEqualTo(CompletionCode.PDR_INVALID_RECORD_HANDLE);
        assertThat(((GetPdrResponse) ask(GetPdrRequest.first(9, 0, 200))).nextRecordHandle()).isZero();
    }

    // DSP0248 GetPDRRepositoryInfo: counted from the records the repository holds now
    @Test
    void repositoryInfoCountsTheRecordsAndTheirBytes() {
        long first = addTemperature(7, SensorDataSize.SINT16);
        addTemperature(8, SensorDataSize.UINT8);
        int firstLength = terminus.pdrs().find(first).orElseThrow().bytes().length();
        int secondLength = terminus.pdrs().entries().get(1).bytes().length();

        GetPdrRepositoryInfoResponse info = (GetPdrRepositoryInfoResponse) ask(new GetPdrRepositoryInfoRequest(1));

        assertThat(info.state()).isEqualTo(RepositoryState.AVAILABLE);
        assertThat(info.recordCount()).isEqualTo(2);
        assertThat(info.repositorySize()).isEqualTo(firstLength + secondLength);
        assertThat(info.largestRecordSize()).isEqualTo(Math.max(firstLength, secondLength));
        assertThat(info.dataTransferHandleTimeout()).isEqualTo(GetPdrRepositoryInfoResponse.NO_TIMEOUT);

        terminus.removeSensor(7);
        assertThat(((GetPdrRepositoryInfoResponse) ask(new GetPdrRepositoryInfoRequest(2))).recordCount()).isEqualTo(1);
        assertThat(code(Bytes.fromHex("01 83 02 50 00"))).isEqualTo(CompletionCode.ERROR_INVALID_LENGTH);
    }

    // DSP0248 §16.1 SetEventReceiver, §16.5 EventMessageSupported
    @Test
    void setEventReceiverWithAsyncMakesStateSensorChangesIntoEventsForTheReceiver() {
        assertThat(terminus.stateSensorEvent(2, 0, 7, 1)).isEmpty();
        EventMessageSupportedResponse before = (EventMessageSupportedResponse) ask(EventMessageSupportedRequest.of(1));
        assertThat(before.synchronyConfiguration()).isEqualTo(EventMessageGlobalEnable.DISABLE);
        assertThat(before.supports(EventMessageGlobalEnable.ENABLE_ASYNC)).isTrue();
        assertThat(before.supports(EventMessageGlobalEnable.ENABLE_POLLING)).isFalse();
        assertThat(before.eventClasses()).containsExactly(PlatformEvent.SENSOR_EVENT);

        // enableAsync (1), MCTP (0), receiver EID 8
        assertThat(code(Bytes.fromHex("01 82 02 04 01 00 08"))).isEqualTo(CompletionCode.SUCCESS);
        assertThat(terminus.eventReceiver()).hasValueSatisfying(r -> assertThat(r.eid()).isEqualTo(EndpointId.of(8)));
        assertThat(terminus.stateSensorEvent(2, 0, 7, 1)).hasValue(PlatformEventMessageRequest.of(0, GetTidResponse.UNASSIGNED,
                new SensorEvent(2, new SensorEventData.StateSensorChange(0, 7, 1))));
        assertThat(((EventMessageSupportedResponse) ask(EventMessageSupportedRequest.of(3))).synchronyConfiguration())
                .isEqualTo(EventMessageGlobalEnable.ENABLE_ASYNC);

        // keep-alive with a 120 s heartbeat and polling are not supported; another transport is refused; disable forgets
        assertThat(code(Bytes.fromHex("01 84 02 04 03 00 08 78 00"))).isEqualTo(CompletionCode.ENABLE_METHOD_NOT_SUPPORTED);
        assertThat(code(Bytes.fromHex("01 85 02 04 02 00 08"))).isEqualTo(CompletionCode.ENABLE_METHOD_NOT_SUPPORTED);
        assertThat(code(Bytes.fromHex("01 86 02 04 01 01 08"))).isEqualTo(CompletionCode.INVALID_PROTOCOL_TYPE);
        assertThat(code(Bytes.fromHex("01 87 02 04 03 00 08"))).isEqualTo(CompletionCode.ERROR_INVALID_DATA); // no heartbeat
        assertThat(terminus.eventReceiver()).isPresent();
        assertThat(code(Bytes.fromHex("01 88 02 04 00 00 00"))).isEqualTo(CompletionCode.SUCCESS);
        assertThat(terminus.eventReceiver()).isEmpty();
    }

    @Test
    void requestCountAboveTheTerminusLimitIsCutAtTheLimit() {
        PldmTerminus small = new PldmTerminus(new TerminusSettings(24, 256, 64));
        small.addNumericSensor(h -> sensor(h, 1, SensorDataSize.SINT16, RangeFieldFormat.SINT16, 1f, 0, 0, 0, 0, 0), () -> 20);
        GetPdrRequest ask = GetPdrRequest.first(1, 0, 1024);

        GetPdrResponse r = (GetPdrResponse) PldmCodec.decodeResponse(small.answer(PldmCodec.encode(ask)).orElseThrow(), ask);

        assertThat(r.recordData().length()).isEqualTo(24);
    }

    @Test
    void fruTableIsUnavailableUntilItHasRecordsThenComesInPortionsWithItsCrc() {
        assertThat(ask(new GetFruRecordTableMetadataRequest(1)).completionCode())
                .isEqualTo(CompletionCode.FRU_DATA_STRUCTURE_TABLE_UNAVAILABLE);
        terminus.putFruRecordSet(1, List.of(new FruRecord(1, FruRecordType.GENERAL, FruEncoding.ASCII,
                List.of(FruField.text(FruFieldType.MODEL, "HBA 9500-8i", FruEncoding.ASCII)))));

        var first = (org.bmcplatform.profiles.pldm.GetFruRecordTableResponse) ask(GetFruRecordTableRequest.first(2));

        assertThat(first.transferFlag()).isEqualTo(TransferFlag.START);
        assertThat(first.portion().length()).isEqualTo(10);
        assertThat(ask(new GetFruRecordTableRequest(3, 400, TransferOperation.GET_NEXT_PART)).completionCode())
                .isEqualTo(CompletionCode.FRU_INVALID_DATA_TRANSFER_HANDLE);
        assertThat(ask(new GetFruRecordTableRequest(4, 0, new TransferOperation(9))).completionCode())
                .isEqualTo(CompletionCode.FRU_INVALID_TRANSFER_FLAG);
    }

    @Test
    void answerNeverThrows() {
        terminus.addNumericSensor(h -> sensor(h, 1, SensorDataSize.SINT16, RangeFieldFormat.SINT16, 1f, 0, 0, 0, 0, 0), () -> {
            throw new IllegalStateException("sensor source broken");
        });

        Optional<Bytes> answer = terminus.answer(PldmCodec.encode(new GetSensorReadingRequest(1, 1, false)));

        assertThat(((ErrorResponse) PldmCodec.decodeResponse(answer.orElseThrow())).completionCode()).isEqualTo(CompletionCode.ERROR);
        assertThat(terminus.failures()).isEqualTo(1);
    }
}
