package org.bmcplatform.profiles.pldm;

import static org.bmcplatform.profiles.pldm.FruField.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * What each valid vector is, written from the spec tables and the vector descriptions, never from
 * the encoder: messages, PDRs, FRU tables and version lists by vector id.
 */
final class ExpectedVectors {
    static final String NUMERIC_PDR_DEGC = "01 00 00 00 01 02 00 00 47 00 00 00 03 00 90 00 01 00 00 00 00 00 02 00 00 00"
            + " 00 00 00 00 00 01 03 00 00 80 3f 00 00 00 00 00 00 00 00 01 00 3f 00 00 00 00 00 00 00 80 3f 7f 00 d8 ff 03"
            + " 7f 28 00 55 00 00 00 55 00 05 00 5f 00 00 00 69 00 f6 ff";
    static final String NIC_TABLE = "01 00 01 05 01 02 08 4e 49 43 2d 58 31 30 30 03 09 50 4e 2d 30 30 30 31 2d 41 04 0b"
            + " 53 4e 31 32 33 34 35 36 37 38 39 05 0b 45 78 61 6d 70 6c 65 43 6f 72 70 0a 05 31 2e 32 2e 33";

    static final FruRecordTable NIC_FRU = new FruRecordTable(List.of(new FruRecord(1, FruRecordType.GENERAL, FruEncoding.ASCII,
            List.of(text(FruFieldType.MODEL, "NIC-X100", FruEncoding.ASCII), text(FruFieldType.PART_NUMBER, "PN-0001-A", FruEncoding.ASCII),
                    text(FruFieldType.SERIAL_NUMBER, "SN123456789", FruEncoding.ASCII),
                    text(FruFieldType.MANUFACTURER, "ExampleCorp", FruEncoding.ASCII),
                    text(FruFieldType.VERSION, "1.2.3", FruEncoding.ASCII)))));

    static final FruRecordTable HBA_FRU = new FruRecordTable(List.of(
            new FruRecord(2, FruRecordType.GENERAL, FruEncoding.ASCII, List.of(
                    text(FruFieldType.MODEL, "HBA-9600", FruEncoding.ASCII),
                    FruField.manufactureDate(new Timestamp104(60, 0, 30, 15, 9, 14, 3, 2023, 0, 0)),
                    FruField.vendorIana(49769),
                    text(FruFieldType.SERIAL_NUMBER, "SN423", FruEncoding.ASCII))),
            new FruRecord(2, FruRecordType.OEM, FruEncoding.UNSPECIFIED, List.of(new FruField(new FruFieldType(1), hex("01 02 03"))))));

    static final NumericSensorPdr DEGC_PDR = new NumericSensorPdr(PdrHeader.of(1, 0), 0, 3, new EntityId(0x90, 1, 0),
            SensorInit.NO_INIT, false, SensorUnits.of(SensorUnit.DEGREES_C, 0), true, SensorDataSize.SINT16, 1.0f, 0.0f,
            0, 0, 0, 1, 0x3F, 0, 0.0f, 1.0f, 127, -40,
            new SensorRanges(RangeFieldFormat.SINT16, 0x7F, 40, 85, 0, 85, 5, 95, 0, 105, -10));

    static final NumericSensorPdr WATTS_PDR = new NumericSensorPdr(PdrHeader.of(11, 1), 1, 0x20, new EntityId(68, 1, 0),
            SensorInit.NO_INIT, false, SensorUnits.of(SensorUnit.WATTS, -1), true, SensorDataSize.UINT16, 0.5f, 2.0f,
            150, 2, 3, 10, NumericSensorPdr.UPPER_WARNING | NumericSensorPdr.UPPER_CRITICAL | NumericSensorPdr.UPPER_FATAL, 0,
            0.0f, 0.25f, 4000, 0,
            new SensorRanges(RangeFieldFormat.REAL32, SensorRanges.NOMINAL_VALUE | SensorRanges.CRITICAL_HIGH | SensorRanges.FATAL_HIGH,
                    1000, 1500, 0, 2500, 0, 3000, 0, 3500.5, -1.5));

    static final FruRecordSetPdr FRU_SET_PDR = new FruRecordSetPdr(PdrHeader.of(7, 3), 1, 5, new EntityId(107, 2, 1));

    static final Map<String, Object> BY_ID = new HashMap<>();

    private ExpectedVectors() {
    }

    static Bytes hex(String s) {
        return Bytes.fromHex(s);
    }

    private static void put(String id, Object expected) {
        if (BY_ID.put(id, expected) != null) {
            throw new IllegalStateException("duplicate " + id);
        }
    }

    private static GetSensorReadingResponse reading(int iid, SensorDataSize size, SensorOperationalState op, EventMessageEnable e,
            SensorState present, SensorState previous, SensorState event, long value) {
        return new GetSensorReadingResponse(iid, size, op, e, present, previous, event, value);
    }

    static {
        // pldm.json
        put("get-tid-req", new GetTidRequest(1));
        put("get-tid-rsp", new GetTidResponse(1, 9));
        put("get-pldm-types-rsp", GetPldmTypesResponse.of(2, PldmType.BASE, PldmType.PLATFORM, PldmType.FRU, PldmType.FIRMWARE_UPDATE));
        put("get-sensor-reading-req", new GetSensorReadingRequest(5, 3, false));
        put("get-sensor-reading-rsp-42", reading(5, SensorDataSize.SINT16, SensorOperationalState.ENABLED,
                EventMessageEnable.NO_EVENT_GENERATION, SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, 42));
        put("get-pdr-req-first", GetPdrRequest.first(6, 0, 255));

        // reference-9-5.json
        put("numeric-sensor-pdr-degc", DEGC_PDR);
        put("get-pdr-rsp-start-and-end", GetPdrResponse.single(6, 0, hex(NUMERIC_PDR_DEGC)));
        put("fru-record-table-unpadded", NIC_FRU);
        put("fru-metadata-rsp", new GetFruRecordTableMetadataResponse(7, 1, 0, 60, 60, 1, 1, 0x32CDEF18L));
        put("get-fru-record-table-rsp", new GetFruRecordTableResponse(8, 0, TransferFlag.START_AND_END, hex(NIC_TABLE + " 00 18 ef cd 32")));

        // independent.json: base
        put("set-tid-req", new SetTidRequest(3, 10));
        put("set-tid-rsp", new SetTidResponse(3));
        put("get-pldm-version-req", GetPldmVersionRequest.first(4, PldmType.PLATFORM));
        put("get-pldm-version-rsp", new GetPldmVersionResponse(4, 0, TransferFlag.START_AND_END, hex("00 f0 f2 f1 79 ed b0 78")));
        put("get-pldm-version-rsp-part1", new GetPldmVersionResponse(5, 4, TransferFlag.START, hex("00 f0 f0 f1")));
        put("get-pldm-version-rsp-part2", new GetPldmVersionResponse(6, 0, TransferFlag.END, hex("00 f0 f1 f1 e2 e4 43 13")));
        put("get-pldm-commands-req", new GetPldmCommandsRequest(5, PldmType.PLATFORM, Ver32.of(1, 2, 0)));
        put("get-pldm-commands-rsp", new GetPldmCommandsResponse(5, SupportedCommands.of(0x0A, 0x11, 0x21, 0x51)));

        // sensors
        put("sensor-reading-uint8", reading(6, SensorDataSize.UINT8, SensorOperationalState.ENABLED, EventMessageEnable.EVENTS_ENABLED,
                SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, 45));
        put("sensor-reading-sint8", reading(7, SensorDataSize.SINT8, SensorOperationalState.ENABLED, EventMessageEnable.NO_EVENT_GENERATION,
                SensorState.LOWER_WARNING, SensorState.NORMAL, SensorState.LOWER_WARNING, -5));
        put("sensor-reading-uint16", reading(8, SensorDataSize.UINT16, SensorOperationalState.ENABLED, EventMessageEnable.NO_EVENT_GENERATION,
                SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, 1500));
        put("sensor-reading-sint16-negative", reading(13, SensorDataSize.SINT16, SensorOperationalState.ENABLED,
                EventMessageEnable.NO_EVENT_GENERATION, SensorState.LOWER_CRITICAL, SensorState.LOWER_WARNING, SensorState.LOWER_CRITICAL, -40));
        put("sensor-reading-uint32", reading(9, SensorDataSize.UINT32, SensorOperationalState.ENABLED, EventMessageEnable.NO_EVENT_GENERATION,
                SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, 3_000_000));
        put("sensor-reading-uint32-max", reading(12, SensorDataSize.UINT32, SensorOperationalState.ENABLED,
                EventMessageEnable.NO_EVENT_GENERATION, SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, 4_294_967_295L));
        put("sensor-reading-sint32", reading(10, SensorDataSize.SINT32, SensorOperationalState.ENABLED, EventMessageEnable.NO_EVENT_GENERATION,
                SensorState.NORMAL, SensorState.NORMAL, SensorState.NORMAL, -100_000));
        put("sensor-reading-failed", reading(11, SensorDataSize.SINT16, SensorOperationalState.FAILED, EventMessageEnable.EVENTS_DISABLED,
                SensorState.UNKNOWN, SensorState.UNKNOWN, SensorState.UNKNOWN, 0));
        put("state-sensor-readings-req", new GetStateSensorReadingsRequest(1, 0x0102, 0x01));
        put("state-sensor-readings-rsp", new GetStateSensorReadingsResponse(1, List.of(
                new StateSensorField(SensorOperationalState.ENABLED, 1, 2, 1),
                new StateSensorField(SensorOperationalState.UNAVAILABLE, 0, 0, 0))));

        // GetPDR in three parts and PDRs
        put("fru-record-set-pdr", FRU_SET_PDR);
        put("get-pdr-req-part1", GetPdrRequest.first(2, 7, 8));
        put("get-pdr-rsp-part1", new GetPdrResponse(2, 8, 8, PdrTransferFlag.START, hex("07 00 00 00 01 14 03 00"), OptionalInt.empty()));
        put("get-pdr-req-part2", new GetPdrRequest(3, 7, 8, TransferOperation.GET_NEXT_PART, 8, 3));
        put("get-pdr-rsp-part2", new GetPdrResponse(3, 8, 16, PdrTransferFlag.MIDDLE, hex("0a 00 01 00 05 00 6b 00"), OptionalInt.empty()));
        put("get-pdr-req-part3", new GetPdrRequest(4, 7, 16, TransferOperation.GET_NEXT_PART, 8, 3));
        put("get-pdr-rsp-part3", new GetPdrResponse(4, 8, 0, PdrTransferFlag.END, hex("02 00 01 00"), OptionalInt.of(0x7E)));
        put("numeric-sensor-pdr-watts", WATTS_PDR);
        put("state-sensor-pdr", new StateSensorPdr(PdrHeader.of(12, 0), 1, 0x30, new EntityId(144, 1, 0), SensorInit.NO_INIT, false,
                List.of(PossibleStates.of(17, 1, 2))));
        put("entity-association-pdr", new EntityAssociationPdr(PdrHeader.of(13, 0), 5, EntityAssociationPdr.PHYSICAL,
                new EntityId(68, 1, 0), List.of(new EntityId(107, 1, 5), new EntityId(107, 2, 5))));

        // events
        put("event-numeric-sensor", PlatformEventMessageRequest.of(9, 10, new SensorEvent(3,
                new SensorEventData.NumericSensorChange(SensorState.UPPER_WARNING, SensorState.NORMAL, SensorDataSize.SINT16, 86))));
        put("get-pdr-repository-info-req", new GetPdrRepositoryInfoRequest(14));
        put("get-pdr-repository-info-rsp", new GetPdrRepositoryInfoResponse(14, RepositoryState.AVAILABLE,
                new Timestamp104(60, 0, 30, 15, 9, 14, 3, 2024, 0, 0), GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, 9, 300, 81,
                GetPdrRepositoryInfoResponse.NO_TIMEOUT));
        put("set-event-receiver-req-async", SetEventReceiverRequest.async(15, 8));
        put("set-event-receiver-req-keep-alive", SetEventReceiverRequest.mctp(16, EventMessageGlobalEnable.ENABLE_ASYNC_KEEP_ALIVE, 8,
                OptionalInt.of(120)));
        put("set-event-receiver-req-other-transport", new SetEventReceiverRequest(17, EventMessageGlobalEnable.ENABLE_ASYNC, 2,
                hex("0a 0b"), OptionalInt.empty()));
        put("set-event-receiver-rsp", new SetEventReceiverResponse(15));
        put("event-message-supported-req", EventMessageSupportedRequest.of(18));
        put("event-message-supported-rsp", new EventMessageSupportedResponse(18, EventMessageGlobalEnable.ENABLE_ASYNC, 0x07,
                List.of(PlatformEvent.SENSOR_EVENT, PlatformEvent.PDR_REPOSITORY_CHANGE_EVENT)));
        put("event-rsp-logged", new PlatformEventMessageResponse(9, PlatformEventStatus.LOGGED));
        put("event-op-state", PlatformEventMessageRequest.of(10, 10, new SensorEvent(4,
                new SensorEventData.OperationalStateChange(SensorOperationalState.FAILED, SensorOperationalState.ENABLED))));
        put("event-state-sensor", PlatformEventMessageRequest.of(11, 10, new SensorEvent(0x30, new SensorEventData.StateSensorChange(0, 2, 1))));
        put("event-pdr-repository-change", PlatformEventMessageRequest.of(12, 10, new OtherEvent(PlatformEvent.PDR_REPOSITORY_CHANGE_EVENT, hex("00 00"))));

        // FRU
        put("fru-table-two-records", HBA_FRU);
        put("fru-metadata-two-records", new GetFruRecordTableMetadataResponse(1, 1, 0, 56, 56, 1, 2, 0x4D82DD61L));
        put("get-fru-table-req-part2", new GetFruRecordTableRequest(3, 32, TransferOperation.GET_NEXT_PART));
        put("get-fru-table-rsp-part1", new GetFruRecordTableResponse(2, 32, TransferFlag.START,
                hex("02 00 01 04 01 02 08 48 42 41 2d 39 36 30 30 06 0d 3c 00 00 00 00 1e 0f 09 0e 03 e7 07 00 0f 04")));
        put("get-fru-table-rsp-part2", new GetFruRecordTableResponse(3, 0, TransferFlag.END,
                hex("69 c2 00 00 04 05 53 4e 34 32 33 02 00 fe 01 00 01 03 01 02 03 00 00 00 61 dd 82 4d")));

        // completion codes and unmodelled commands
        put("error-get-pdr-invalid-record-handle", new ErrorResponse(5, PldmCommand.GET_PDR, CompletionCode.PDR_INVALID_RECORD_HANDLE));
        put("error-unknown-code", new ErrorResponse(6, PldmCommand.GET_TID, CompletionCode.of(0x9C)));
        put("other-request", new OtherRequest(7, new PldmCommand(PldmType.PLATFORM, 0x7F), hex("01 02")));
        put("error-unsupported-command", new ErrorResponse(7, new PldmCommand(PldmType.PLATFORM, 0x7F), CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD));
        put("other-response", new OtherResponse(8, new PldmCommand(PldmType.FIRMWARE_UPDATE, 0x01), hex("01 02")));
    }
}
