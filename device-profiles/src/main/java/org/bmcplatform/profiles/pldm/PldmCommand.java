package org.bmcplatform.profiles.pldm;

import java.util.Map;
import java.util.Set;

/**
 * A command code within a PLDM type: DSP0240 Table "PLDM base command codes" (type 0), DSP0248
 * Table "PLDM for Platform Monitoring and Control command codes" (type 2), DSP0257 Table "PLDM for
 * FRU Data command codes" (type 4). Unknown commands are kept and round-trip.
 */
public record PldmCommand(PldmType type, int code) {
    public static final PldmCommand SET_TID = base(0x01);
    public static final PldmCommand GET_TID = base(0x02);
    public static final PldmCommand GET_PLDM_VERSION = base(0x03);
    public static final PldmCommand GET_PLDM_TYPES = base(0x04);
    public static final PldmCommand GET_PLDM_COMMANDS = base(0x05);

    public static final PldmCommand SET_EVENT_RECEIVER = platform(0x04);
    public static final PldmCommand PLATFORM_EVENT_MESSAGE = platform(0x0A);
    public static final PldmCommand EVENT_MESSAGE_SUPPORTED = platform(0x0C);
    public static final PldmCommand GET_SENSOR_READING = platform(0x11);
    public static final PldmCommand GET_STATE_SENSOR_READINGS = platform(0x21);
    public static final PldmCommand GET_PDR_REPOSITORY_INFO = platform(0x50);
    public static final PldmCommand GET_PDR = platform(0x51);

    public static final PldmCommand GET_FRU_RECORD_TABLE_METADATA = fru(0x01);
    public static final PldmCommand GET_FRU_RECORD_TABLE = fru(0x02);

    private static final Map<PldmCommand, String> NAMES = Map.ofEntries(
            Map.entry(SET_TID, "SetTID"), Map.entry(GET_TID, "GetTID"), Map.entry(GET_PLDM_VERSION, "GetPLDMVersion"),
            Map.entry(GET_PLDM_TYPES, "GetPLDMTypes"), Map.entry(GET_PLDM_COMMANDS, "GetPLDMCommands"),
            Map.entry(SET_EVENT_RECEIVER, "SetEventReceiver"), Map.entry(EVENT_MESSAGE_SUPPORTED, "EventMessageSupported"),
            Map.entry(PLATFORM_EVENT_MESSAGE, "PlatformEventMessage"), Map.entry(GET_SENSOR_READING, "GetSensorReading"),
            Map.entry(GET_STATE_SENSOR_READINGS, "GetStateSensorReadings"),
            Map.entry(GET_PDR_REPOSITORY_INFO, "GetPDRRepositoryInfo"), Map.entry(GET_PDR, "GetPDR"),
            Map.entry(GET_FRU_RECORD_TABLE_METADATA, "GetFRURecordTableMetadata"),
            Map.entry(GET_FRU_RECORD_TABLE, "GetFRURecordTable"));

    public PldmCommand {
        WireRange.required(type, "PLDM type");
        WireRange.unsigned(code, 8, "command code");
    }

    private static final Set<PldmCommand> MODELLED = Set.of(SET_TID, GET_TID, GET_PLDM_VERSION,
            GET_PLDM_TYPES, GET_PLDM_COMMANDS, SET_EVENT_RECEIVER, PLATFORM_EVENT_MESSAGE, EVENT_MESSAGE_SUPPORTED, GET_SENSOR_READING,
            GET_STATE_SENSOR_READINGS, GET_PDR_REPOSITORY_INFO, GET_PDR,
            GET_FRU_RECORD_TABLE_METADATA, GET_FRU_RECORD_TABLE);

    /** Whether this package has request and response records for the command (otherwise Other* messages carry it). */
    public boolean isModelled() {
        return MODELLED.contains(this);
    }

    private static PldmCommand base(int code) {
        return new PldmCommand(PldmType.BASE, code);
    }

    private static PldmCommand platform(int code) {
        return new PldmCommand(PldmType.PLATFORM, code);
    }

    private static PldmCommand fru(int code) {
        return new PldmCommand(PldmType.FRU, code);
    }

    /** {@code GetPDR (type 0x02 command 0x51)}. */
    public String label() {
        String n = NAMES.getOrDefault(this, "unknown");
        return String.format("%s (type 0x%02x command 0x%02x)", n, type.code(), code);
    }

    @Override
    public String toString() {
        return label();
    }
}
