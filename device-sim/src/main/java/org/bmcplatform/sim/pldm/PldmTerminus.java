package org.bmcplatform.sim.pldm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.EventMessageGlobalEnable;
import org.bmcplatform.profiles.pldm.EventMessageSupportedRequest;
import org.bmcplatform.profiles.pldm.EventMessageSupportedResponse;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoRequest;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.GetPldmCommandsRequest;
import org.bmcplatform.profiles.pldm.GetPldmTypesRequest;
import org.bmcplatform.profiles.pldm.GetPldmVersionRequest;
import org.bmcplatform.profiles.pldm.GetSensorReadingRequest;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsRequest;
import org.bmcplatform.profiles.pldm.GetTidRequest;
import org.bmcplatform.profiles.pldm.GetTidResponse;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.PlatformEvent;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmCommand;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.PldmHeader;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.PldmType;
import org.bmcplatform.profiles.pldm.SensorEvent;
import org.bmcplatform.profiles.pldm.SensorEventData;
import org.bmcplatform.profiles.pldm.SetEventReceiverRequest;
import org.bmcplatform.profiles.pldm.SetEventReceiverResponse;
import org.bmcplatform.profiles.pldm.SetTidRequest;
import org.bmcplatform.profiles.pldm.SetTidResponse;
import org.bmcplatform.profiles.pldm.StateSensorPdr;

/**
 * A simulated PLDM terminus (MCTP message type 1, DSP0241) that decodes every request and encodes
 * every answer with the device-profiles codecs. It supports PLDM types 0 (base, DSP0240), 2 (platform
 * monitoring, DSP0248) and 4 (FRU data, DSP0257):
 *
 * <ul>
 *   <li>GetTID / SetTID (the TID is kept until the terminus is made again, i.e. a power cycle; it starts
 *       unassigned, 0x00), GetPLDMTypes, GetPLDMVersion (multipart, CRC-32), GetPLDMCommands;</li>
 *   <li>SetEventReceiver (enableAsync over MCTP, or disable) and EventMessageSupported: a device built on the
 *       terminus sends {@link #stateSensorEvent} PlatformEventMessages to the {@link #eventReceiver};</li>
 *   <li>GetPDRRepositoryInfo and GetPDR with multipart transfer over its {@link PdrRepository}, GetSensorReading for
 *       {@link NumericSensor}s, GetStateSensorReadings for {@link StateSensor}s;</li>
 *   <li>GetFRURecordTableMetadata and GetFRURecordTable (multipart; pad and CRC-32 by the codec).</li>
 * </ul>
 *
 * A command it does not support answers ERROR_UNSUPPORTED_PLDM_CMD, a type it does not support
 * ERROR_INVALID_PLDM_TYPE, request data of the wrong length ERROR_INVALID_LENGTH, a value the codec
 * refuses (a bool8 of 2, a PLDM type above 63) ERROR_INVALID_DATA. Bytes that are not a PLDM request
 * (no header, Rq = 0) are dropped and counted; an unacknowledged request (D = 1) is carried out but not
 * answered (DSP0240). {@link #answer} never throws. Thread-safe: answers and changes are serialised.
 */
public final class PldmTerminus {
    /** The PLDM terminus handle the PDRs carry (no Terminus Locator PDR: there is one terminus). */
    public static final int TERMINUS_HANDLE = 0x0001;

    /** SetEventReceiver has a heartbeat timer only with enableAsyncKeepAlive: its length is checked by decoding. */
    static final int VARIABLE_LENGTH = -1;
    /** Request data length of each command the terminus answers (DSP0240, DSP0248, DSP0257 command tables). */
    static final Map<PldmCommand, Integer> REQUEST_LENGTH = Map.ofEntries(Map.entry(PldmCommand.SET_TID, 1),
            Map.entry(PldmCommand.GET_TID, 0), Map.entry(PldmCommand.GET_PLDM_VERSION, 6), Map.entry(PldmCommand.GET_PLDM_TYPES, 0),
            Map.entry(PldmCommand.GET_PLDM_COMMANDS, 5), Map.entry(PldmCommand.SET_EVENT_RECEIVER, VARIABLE_LENGTH),
            Map.entry(PldmCommand.EVENT_MESSAGE_SUPPORTED, 1), Map.entry(PldmCommand.GET_SENSOR_READING, 3),
            Map.entry(PldmCommand.GET_STATE_SENSOR_READINGS, 4), Map.entry(PldmCommand.GET_PDR_REPOSITORY_INFO, 0),
            Map.entry(PldmCommand.GET_PDR, 13), Map.entry(PldmCommand.GET_FRU_RECORD_TABLE_METADATA, 0),
            Map.entry(PldmCommand.GET_FRU_RECORD_TABLE, 5));
    /** Event modes the terminus supports (synchronyConfigurationSupported): disable and enableAsync. */
    static final int SUPPORTED_EVENT_MODES = 1 << EventMessageGlobalEnable.DISABLE.code() | 1 << EventMessageGlobalEnable.ENABLE_ASYNC.code();

    private final TerminusSettings settings;
    private final PdrRepository pdrs = new PdrRepository();
    private final Map<Integer, NumericSensor> numeric = new HashMap<>();
    private final Map<Integer, StateSensor> state = new HashMap<>();
    private final Map<Integer, Long> sensorHandles = new HashMap<>();
    private final TreeMap<Integer, List<FruRecord>> fru = new TreeMap<>();
    private final TerminusDiscovery discovery;
    private final TerminusTransfers transfers;
    private int tid = GetTidResponse.UNASSIGNED;
    private Optional<EventReceiver> eventReceiver = Optional.empty();
    private int eventInstanceId;
    private long answered;
    private long dropped;
    private long failures;

    public PldmTerminus(TerminusSettings settings) {
        this.settings = settings;
        this.discovery = new TerminusDiscovery(settings);
        this.transfers = new TerminusTransfers(settings, pdrs);
    }

    public TerminusSettings settings() {
        return settings;
    }

    /** The request handler to install for MCTP message type PLDM; answers at once. */
    public RequestHandler handler() {
        return RequestHandler.immediate(request -> answer(request.message()));
    }

    /** Its TID: 0x00 until a SetTID. */
    public synchronized int tid() {
        return tid;
    }

    /** Its PDR repository (read it; change it through this terminus for sensors). */
    public PdrRepository pdrs() {
        return pdrs;
    }

    /** Adds a numeric sensor: its PDR (built for the header it is given) and the source of its value; returns the handle. */
    public synchronized long addNumericSensor(Function<PdrHeader, NumericSensorPdr> pdr, DoubleSupplier value) {
        long handle = pdrs.add(pdr);
        NumericSensorPdr stored = (NumericSensorPdr) pdrs.find(handle).orElseThrow().pdr();
        checkFree(stored.sensorId(), handle);
        numeric.put(stored.sensorId(), new NumericSensor(stored, value));
        sensorHandles.put(stored.sensorId(), handle);
        return handle;
    }

    /** Adds a state sensor: its PDR and one source per composite sensor; returns the handle. */
    public synchronized long addStateSensor(Function<PdrHeader, StateSensorPdr> pdr, List<IntSupplier> states) {
        long handle = pdrs.add(pdr);
        StateSensorPdr stored = (StateSensorPdr) pdrs.find(handle).orElseThrow().pdr();
        checkFree(stored.sensorId(), handle);
        state.put(stored.sensorId(), new StateSensor(stored, states));
        sensorHandles.put(stored.sensorId(), handle);
        return handle;
    }

    /** DSP0248 §16.1: MCTP only; disable forgets the receiver, enableAsync sets it; polling and keep-alive are not supported. */
    private PldmResponse setEventReceiver(SetEventReceiverRequest set, Optional<IncomingRequest> via) {
        if (set.transportProtocolType() != SetEventReceiverRequest.TRANSPORT_MCTP) {
            return ErrorResponse.of(set, CompletionCode.INVALID_PROTOCOL_TYPE);
        }
        if (set.enable().equals(EventMessageGlobalEnable.DISABLE)) {
            eventReceiver = Optional.empty();
        } else if (set.enable().equals(EventMessageGlobalEnable.ENABLE_ASYNC)) {
            eventReceiver = Optional.of(new EventReceiver(EndpointId.of(set.receiverEid().orElseThrow()), via));
        } else {
            return ErrorResponse.of(set, CompletionCode.ENABLE_METHOD_NOT_SUPPORTED);
        }
        return new SetEventReceiverResponse(set.instanceId());
    }

    private void checkFree(int sensorId, long handle) {
        if (sensorHandles.containsKey(sensorId)) {
            pdrs.remove(handle);
            throw new IllegalArgumentException("sensor ID " + sensorId + " is already used");
        }
    }

    /** Removes a sensor and its PDR. */
    public synchronized void removeSensor(int sensorId) {
        Long handle = sensorHandles.remove(sensorId);
        if (handle != null) {
            pdrs.remove(handle);
            numeric.remove(sensorId);
            state.remove(sensorId);
        }
    }

    public synchronized Optional<NumericSensor> numericSensor(int sensorId) {
        return Optional.ofNullable(numeric.get(sensorId));
    }

    /** Sets (or replaces) the records of one FRU record set. */
    public synchronized void putFruRecordSet(int recordSetId, List<FruRecord> records) {
        for (FruRecord r : records) {
            if (r.recordSetId() != recordSetId) {
                throw new IllegalArgumentException("record of set " + r.recordSetId() + " given for set " + recordSetId);
            }
        }
        fru.put(recordSetId, List.copyOf(records));
    }

    public synchronized void removeFruRecordSet(int recordSetId) {
        fru.remove(recordSetId);
    }

    /** The FRU record table now: the record sets in identifier order. */
    public synchronized FruRecordTable fruTable() {
        return new FruRecordTable(fru.values().stream().flatMap(List::stream).toList());
    }

    /** Requests answered (errors included). */
    public synchronized long answered() {
        return answered;
    }

    /** Messages dropped unanswered: not a PLDM request (too short for the header, Rq = 0). */
    public synchronized long dropped() {
        return dropped;
    }

    /** Requests whose handling failed inside the terminus (answered ERROR). */
    public synchronized long failures() {
        return failures;
    }

    /** The answer to one request from the terminus's MCTP stack; remembers where a SetEventReceiver came from. */
    public synchronized Optional<Bytes> answer(IncomingRequest request) {
        return answer(request.message(), Optional.of(request));
    }

    /** The answer to one MCTP message of type PLDM (type byte first); empty when nothing is sent back. */
    public synchronized Optional<Bytes> answer(Bytes message) {
        return answer(message, Optional.empty());
    }

    /** Where events go since the last SetEventReceiver with enableAsync; empty before, or after disable. */
    public synchronized Optional<EventReceiver> eventReceiver() {
        return eventReceiver;
    }

    /**
     * The PlatformEventMessage (DSP0248 §16.6) a state sensor's change sends to the event receiver: a sensorEvent of
     * class stateSensorState (offset, new and previous event state); empty while there is no receiver.
     */
    public synchronized Optional<PlatformEventMessageRequest> stateSensorEvent(int sensorId, int offset, int state, int previous) {
        if (eventReceiver.isEmpty()) {
            return Optional.empty();
        }
        int iid = eventInstanceId;
        eventInstanceId = (eventInstanceId + 1) % 32;
        return Optional.of(PlatformEventMessageRequest.of(iid, tid,
                new SensorEvent(sensorId, new SensorEventData.StateSensorChange(offset, state, previous))));
    }

    private Optional<Bytes> answer(Bytes message, Optional<IncomingRequest> via) {
        PldmHeader header;
        try {
            header = PldmHeader.read(message);
        } catch (PldmFormatException e) {
            dropped++;
            return Optional.empty();
        }
        if (!header.request()) {
            dropped++;
            return Optional.empty();
        }
        PldmResponse response;
        try {
            response = respond(header, message, via);
        } catch (RuntimeException e) {
            failures++;
            response = new ErrorResponse(header.instanceId(), header.command(), CompletionCode.ERROR);
        }
        if (header.datagram()) {
            return Optional.empty();
        }
        answered++;
        return Optional.of(PldmCodec.encode(response));
    }

    private PldmResponse respond(PldmHeader header, Bytes message, Optional<IncomingRequest> via) {
        PldmCommand command = header.command();
        if (!TerminusDiscovery.TYPES.contains(command.type())) {
            return new ErrorResponse(header.instanceId(), command, CompletionCode.ERROR_INVALID_PLDM_TYPE);
        }
        Integer length = REQUEST_LENGTH.get(command);
        if (length == null) {
            return new ErrorResponse(header.instanceId(), command, CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD);
        }
        if (length != VARIABLE_LENGTH && message.length() - 1 - PldmHeader.LENGTH != length) {
            return new ErrorResponse(header.instanceId(), command, CompletionCode.ERROR_INVALID_LENGTH);
        }
        PldmRequest request;
        try {
            request = PldmCodec.decodeRequest(message);
        } catch (PldmFormatException e) {
            return new ErrorResponse(header.instanceId(), command, CompletionCode.ERROR_INVALID_DATA);
        }
        return respond(request, via);
    }

    private PldmResponse respond(PldmRequest request, Optional<IncomingRequest> via) {
        if (request instanceof GetTidRequest) {
            return new GetTidResponse(request.instanceId(), tid);
        }
        if (request instanceof SetTidRequest set) {
            if (set.tid() == GetTidResponse.UNASSIGNED || set.tid() == GetTidResponse.RESERVED) {
                return ErrorResponse.of(request, CompletionCode.ERROR_INVALID_DATA); // DSP0240: 0x00 and 0xFF are reserved
            }
            tid = set.tid();
            return new SetTidResponse(request.instanceId());
        }
        if (request instanceof GetPldmTypesRequest || request instanceof GetPldmVersionRequest
                || request instanceof GetPldmCommandsRequest) {
            return discovery.answer(request);
        }
        if (request instanceof SetEventReceiverRequest set) {
            return setEventReceiver(set, via);
        }
        if (request instanceof EventMessageSupportedRequest supported) {
            if (supported.formatVersion() != PlatformEventMessageRequest.FORMAT_VERSION) {
                return ErrorResponse.of(request, CompletionCode.ERROR_INVALID_DATA);
            }
            EventMessageGlobalEnable mode = eventReceiver.isPresent() ? EventMessageGlobalEnable.ENABLE_ASYNC
                    : EventMessageGlobalEnable.DISABLE;
            return new EventMessageSupportedResponse(request.instanceId(), mode, SUPPORTED_EVENT_MODES,
                    List.of(PlatformEvent.SENSOR_EVENT));
        }
        if (request instanceof GetSensorReadingRequest read) {
            NumericSensor sensor = numeric.get(read.sensorId());
            return sensor == null ? ErrorResponse.of(request, CompletionCode.INVALID_SENSOR_ID) : sensor.read(request.instanceId());
        }
        if (request instanceof GetStateSensorReadingsRequest read) {
            StateSensor sensor = state.get(read.sensorId());
            return sensor == null ? ErrorResponse.of(request, CompletionCode.INVALID_SENSOR_ID) : sensor.read(request.instanceId());
        }
        if (request instanceof GetPdrRepositoryInfoRequest) {
            return pdrs.info(request.instanceId());
        }
        if (request instanceof GetPdrRequest get) {
            return transfers.pdr(get);
        }
        if (request instanceof GetFruRecordTableMetadataRequest || request instanceof GetFruRecordTableRequest) {
            return transfers.fru(request, fruTable());
        }
        return ErrorResponse.of(request, CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD);
    }
}
