package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The completion code of a PLDM response: generic codes from DSP0240 Table "PLDM completion codes",
 * command-specific codes (0x80 and up) from the command tables of DSP0240, DSP0248 and DSP0257. A
 * peer's "no" is one of these values, never an exception. Unknown codes are kept and round-trip;
 * {@link #describe(PldmCommand)} names a command-specific code for the command it answered.
 */
public record CompletionCode(int code) {
    public static final CompletionCode SUCCESS = new CompletionCode(0x00);
    public static final CompletionCode ERROR = new CompletionCode(0x01);
    public static final CompletionCode ERROR_INVALID_DATA = new CompletionCode(0x02);
    public static final CompletionCode ERROR_INVALID_LENGTH = new CompletionCode(0x03);
    public static final CompletionCode ERROR_NOT_READY = new CompletionCode(0x04);
    public static final CompletionCode ERROR_UNSUPPORTED_PLDM_CMD = new CompletionCode(0x05);
    public static final CompletionCode ERROR_INVALID_PLDM_TYPE = new CompletionCode(0x20);
    public static final CompletionCode ERROR_INVALID_TRANSFER_CONTEXT = new CompletionCode(0x21);
    public static final CompletionCode ERROR_INVALID_DATA_TRANSFER_HANDLE = new CompletionCode(0x22);
    public static final CompletionCode ERROR_UNEXPECTED_TRANSFER_FLAG = new CompletionCode(0x23);
    public static final CompletionCode ERROR_INVALID_REQUESTED_SECTION_OFFSET = new CompletionCode(0x24);

    /** GetPLDMVersion / GetPLDMCommands (DSP0240). */
    public static final CompletionCode BASE_INVALID_DATA_TRANSFER_HANDLE = new CompletionCode(0x80);
    public static final CompletionCode BASE_INVALID_TRANSFER_OPERATION_FLAG = new CompletionCode(0x81);
    public static final CompletionCode BASE_INVALID_PLDM_TYPE_IN_REQUEST_DATA = new CompletionCode(0x83);
    public static final CompletionCode BASE_INVALID_PLDM_VERSION_IN_REQUEST_DATA = new CompletionCode(0x84);
    /** GetSensorReading / GetStateSensorReadings (DSP0248). */
    public static final CompletionCode INVALID_SENSOR_ID = new CompletionCode(0x80);
    public static final CompletionCode REARM_UNAVAILABLE_IN_PRESENT_STATE = new CompletionCode(0x81);
    /** GetPDR (DSP0248). */
    public static final CompletionCode PDR_INVALID_DATA_TRANSFER_HANDLE = new CompletionCode(0x80);
    public static final CompletionCode PDR_INVALID_TRANSFER_OPERATION_FLAG = new CompletionCode(0x81);
    public static final CompletionCode PDR_INVALID_RECORD_HANDLE = new CompletionCode(0x82);
    public static final CompletionCode PDR_INVALID_RECORD_CHANGE_NUMBER = new CompletionCode(0x83);
    public static final CompletionCode PDR_TRANSFER_TIMEOUT = new CompletionCode(0x84);
    /** PlatformEventMessage (DSP0248). */
    public static final CompletionCode INVALID_PROTOCOL_TYPE = new CompletionCode(0x80);
    public static final CompletionCode UNSUPPORTED_EVENT_FORMAT_VERSION = new CompletionCode(0x81);
    public static final CompletionCode EVENT_ID_NOT_VALID = new CompletionCode(0x82);
    /** SetEventReceiver (DSP0248 Table "SetEventReceiver command format"); 0x80 is INVALID_PROTOCOL_TYPE as above. */
    public static final CompletionCode ENABLE_METHOD_NOT_SUPPORTED = new CompletionCode(0x81);
    public static final CompletionCode HEARTBEAT_FREQUENCY_TOO_HIGH = new CompletionCode(0x82);
    /** GetFRURecordTable / GetFRURecordTableMetadata (DSP0257). */
    public static final CompletionCode FRU_INVALID_DATA_TRANSFER_HANDLE = new CompletionCode(0x80);
    public static final CompletionCode FRU_INVALID_TRANSFER_FLAG = new CompletionCode(0x82);
    public static final CompletionCode FRU_DATA_INTEGRITY_CHECK_FAILED = new CompletionCode(0x84);
    public static final CompletionCode FRU_DATA_STRUCTURE_TABLE_UNAVAILABLE = new CompletionCode(0x85);

    private static final Map<Integer, String> GENERIC = Map.ofEntries(
            Map.entry(0x00, "success"), Map.entry(0x01, "error"), Map.entry(0x02, "invalid data"),
            Map.entry(0x03, "invalid length"), Map.entry(0x04, "not ready"), Map.entry(0x05, "unsupported PLDM command"),
            Map.entry(0x20, "invalid PLDM type"), Map.entry(0x21, "invalid transfer context"),
            Map.entry(0x22, "invalid data transfer handle"), Map.entry(0x23, "unexpected transfer flag"),
            Map.entry(0x24, "invalid requested section offset"));

    private static final Map<Integer, String> BASE = Map.of(0x80, "invalid data transfer handle",
            0x81, "invalid transfer operation flag", 0x83, "invalid PLDM type in request data",
            0x84, "invalid PLDM version in request data");
    private static final Map<Integer, String> SENSOR = Map.of(0x80, "invalid sensor ID",
            0x81, "rearm unavailable in present state");
    private static final Map<Integer, String> PDR = Map.of(0x80, "invalid data transfer handle",
            0x81, "invalid transfer operation flag", 0x82, "invalid record handle", 0x83, "invalid record change number",
            0x84, "transfer timeout");
    private static final Map<Integer, String> EVENT = Map.of(0x80, "invalid protocol type",
            0x81, "unsupported event format version", 0x82, "event ID not valid");
    private static final Map<Integer, String> EVENT_RECEIVER = Map.of(0x80, "invalid protocol type",
            0x81, "enable method not supported", 0x82, "heartbeat frequency too high");
    private static final Map<Integer, String> FRU = Map.of(0x80, "invalid data transfer handle",
            0x82, "invalid transfer flag", 0x84, "FRU data integrity check failed",
            0x85, "FRU data structure table unavailable");

    public CompletionCode {
        WireRange.unsigned(code, 8, "completion code");
    }

    public static CompletionCode of(int code) {
        return new CompletionCode(code);
    }

    public boolean isSuccess() {
        return code == 0;
    }

    /** Codes 0x80..0xFF mean something per command. */
    public boolean isCommandSpecific() {
        return code >= 0x80;
    }

    /** The generic label: {@code not ready (0x04)}, {@code command specific (0x82)} or {@code unknown(0x30)}. */
    public String label() {
        if (isCommandSpecific()) {
            return String.format("command specific (0x%02x)", code);
        }
        return WireRange.label(GENERIC, code);
    }

    /** The label as the answer to {@code command}: {@code invalid record handle (0x82)} for GetPDR. */
    public String describe(PldmCommand command) {
        if (!isCommandSpecific()) {
            return label();
        }
        Map<Integer, String> names = Map.of();
        if (command.equals(PldmCommand.GET_PLDM_VERSION) || command.equals(PldmCommand.GET_PLDM_COMMANDS)) {
            names = BASE;
        } else if (command.equals(PldmCommand.GET_SENSOR_READING) || command.equals(PldmCommand.GET_STATE_SENSOR_READINGS)) {
            names = SENSOR;
        } else if (command.equals(PldmCommand.GET_PDR)) {
            names = PDR;
        } else if (command.equals(PldmCommand.PLATFORM_EVENT_MESSAGE)) {
            names = EVENT;
        } else if (command.equals(PldmCommand.SET_EVENT_RECEIVER)) {
            names = EVENT_RECEIVER;
        } else if (command.type().equals(PldmType.FRU)) {
            names = FRU;
        }
        return names.containsKey(code) ? WireRange.label(names, code) : label();
    }

    @Override
    public String toString() {
        return label();
    }
}
