package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * Data layouts of the Platform Monitoring and Control commands (type 2, DSP0248): GetSensorReading,
 * GetStateSensorReadings, GetPDRRepositoryInfo, GetPDR, SetEventReceiver, EventMessageSupported,
 * PlatformEventMessage. PDR bodies are laid out by
 * {@link PdrCodec}. Unmodelled commands return null and become Other* messages.
 */
final class PlatformCodec {
    private PlatformCodec() {
    }

    static void encode(PldmMessage m, WireWriter w) {
        if (m instanceof GetSensorReadingRequest p) {
            w.u16(p.sensorId()).bool8(p.rearmEventState());
        } else if (m instanceof GetSensorReadingResponse p) {
            w.u8(p.dataSize().code()).u8(p.operationalState().code()).u8(p.eventMessageEnable().code())
                    .u8(p.presentState().code()).u8(p.previousState().code()).u8(p.eventState().code());
            p.dataSize().writeValue(w, p.presentReading());
        } else if (m instanceof GetStateSensorReadingsRequest p) {
            w.u16(p.sensorId()).u8(p.sensorRearm()).u8(0);
        } else if (m instanceof GetStateSensorReadingsResponse p) {
            w.u8(p.fields().size());
            for (StateSensorField f : p.fields()) {
                w.u8(f.operationalState().code()).u8(f.presentState()).u8(f.previousState()).u8(f.eventState());
            }
        } else if (m instanceof GetPdrRequest p) {
            w.u32(p.recordHandle()).u32(p.dataTransferHandle()).u8(p.operation().code())
                    .u16(p.requestCount()).u16(p.recordChangeNumber());
        } else if (m instanceof GetPdrResponse p) {
            w.u32(p.nextRecordHandle()).u32(p.nextDataTransferHandle()).u8(p.transferFlag().code())
                    .u16(p.recordData().length()).bytes(p.recordData());
            p.transferCrc().ifPresent(w::u8);
        } else if (m instanceof GetPdrRepositoryInfoResponse p) {
            w.u8(p.state().code()).bytes(p.updateTime().toBytes()).bytes(p.oemUpdateTime().toBytes()).u32(p.recordCount())
                    .u32(p.repositorySize()).u32(p.largestRecordSize()).u8(p.dataTransferHandleTimeout());
        } else if (m instanceof SetEventReceiverRequest p) {
            w.u8(p.enable().code()).u8(p.transportProtocolType()).bytes(p.addressInfo());
            p.heartbeatTimer().ifPresent(w::u16);
        } else if (m instanceof EventMessageSupportedRequest p) {
            w.u8(p.formatVersion());
        } else if (m instanceof EventMessageSupportedResponse p) {
            w.u8(p.synchronyConfiguration().code()).u8(p.synchronyConfigurationSupported()).u8(p.eventClasses().size());
            p.eventClasses().forEach(w::u8);
        } else if (m instanceof PlatformEventMessageRequest p) {
            w.u8(p.formatVersion()).u8(p.tid()).u8(p.event().eventClass());
            encodeEvent(p.event(), w);
        } else if (m instanceof PlatformEventMessageResponse p) {
            w.u8(p.status().code());
        }
    }

    private static void encodeEvent(PlatformEvent event, WireWriter w) {
        if (event instanceof OtherEvent o) {
            w.bytes(o.eventData());
            return;
        }
        SensorEvent s = (SensorEvent) event;
        w.u16(s.sensorId()).u8(s.data().sensorEventClass());
        if (s.data() instanceof SensorEventData.OperationalStateChange d) {
            w.u8(d.present().code()).u8(d.previous().code());
        } else if (s.data() instanceof SensorEventData.StateSensorChange d) {
            w.u8(d.sensorOffset()).u8(d.eventState()).u8(d.previousEventState());
        } else {
            SensorEventData.NumericSensorChange d = (SensorEventData.NumericSensorChange) s.data();
            w.u8(d.eventState().code()).u8(d.previousEventState().code()).u8(d.dataSize().code());
            d.dataSize().writeValue(w, d.presentReading());
        }
    }

    static PldmRequest decodeRequest(int iid, int command, WireReader r) {
        PldmRequest m;
        switch (command) {
            case 0x11:
                int sensor = r.u16("sensorID");
                m = new GetSensorReadingRequest(iid, sensor, r.bool8("rearmEventState"));
                break;
            case 0x21:
                int id = r.u16("sensorID");
                int rearm = r.u8("sensorRearm");
                r.u8("reserved");
                m = new GetStateSensorReadingsRequest(iid, id, rearm);
                break;
            case 0x51:
                long handle = r.u32("recordHandle");
                long transfer = r.u32("dataTransferHandle");
                TransferOperation op = new TransferOperation(r.u8("transferOperationFlag"));
                int count = r.u16("requestCount");
                m = new GetPdrRequest(iid, handle, transfer, op, count, r.u16("recordChangeNumber"));
                break;
            case 0x50:
                m = new GetPdrRepositoryInfoRequest(iid);
                break;
            case 0x04:
                m = setEventReceiver(iid, r);
                break;
            case 0x0C:
                m = new EventMessageSupportedRequest(iid, r.u8("formatVersion"));
                break;
            case 0x0A:
                int format = r.u8("formatVersion");
                int tid = r.u8("TID");
                return new PlatformEventMessageRequest(iid, format, tid, decodeEvent(r));
            default:
                return null;
        }
        r.end(m.command().label() + " request");
        return m;
    }

    /** The address info is one EID byte for MCTP; for another transport, what lies before the heartbeat timer. */
    private static SetEventReceiverRequest setEventReceiver(int iid, WireReader r) {
        EventMessageGlobalEnable enable = new EventMessageGlobalEnable(r.u8("eventMessageGlobalEnable"));
        int transport = r.u8("transportProtocolType");
        int heartbeatLength = enable.hasHeartbeat() ? 2 : 0;
        int addressLength = transport == SetEventReceiverRequest.TRANSPORT_MCTP ? 1 : Math.max(0, r.remaining() - heartbeatLength);
        Bytes address = r.bytes(addressLength, "eventReceiverAddressInfo");
        OptionalInt heartbeat = enable.hasHeartbeat() ? OptionalInt.of(r.u16("heartbeatTimer")) : OptionalInt.empty();
        return new SetEventReceiverRequest(iid, enable, transport, address, heartbeat);
    }

    private static PlatformEvent decodeEvent(WireReader r) {
        int eventClass = r.u8("eventClass");
        Bytes data = r.peekRest();
        if (eventClass != PlatformEvent.SENSOR_EVENT) {
            return new OtherEvent(eventClass, r.rest());
        }
        int sensorId = r.u16("sensorID");
        int sensorEventClass = r.u8("sensorEventClass");
        SensorEventData eventData;
        switch (sensorEventClass) {
            case 0:
                SensorOperationalState present = new SensorOperationalState(r.u8("presentOpState"));
                eventData = new SensorEventData.OperationalStateChange(present, new SensorOperationalState(r.u8("previousOpState")));
                break;
            case 1:
                int offset = r.u8("sensorOffset");
                int state = r.u8("eventState");
                eventData = new SensorEventData.StateSensorChange(offset, state, r.u8("previousEventState"));
                break;
            case 2:
                SensorState now = new SensorState(r.u8("eventState"));
                SensorState before = new SensorState(r.u8("previousEventState"));
                SensorDataSize size = SensorDataSize.read(r, "sensorDataSize");
                eventData = new SensorEventData.NumericSensorChange(now, before, size, size.readValue(r, "presentReading"));
                break;
            default:
                r.rest();
                return new OtherEvent(eventClass, data);
        }
        r.end("sensorEvent data");
        return new SensorEvent(sensorId, eventData);
    }

    static PldmResponse decodeResponse(int iid, int command, WireReader r) {
        PldmResponse m;
        switch (command) {
            case 0x11:
                SensorDataSize size = SensorDataSize.read(r, "sensorDataSize");
                SensorOperationalState op = new SensorOperationalState(r.u8("sensorOperationalState"));
                EventMessageEnable enable = new EventMessageEnable(r.u8("sensorEventMessageEnable"));
                SensorState present = new SensorState(r.u8("presentState"));
                SensorState previous = new SensorState(r.u8("previousState"));
                SensorState event = new SensorState(r.u8("eventState"));
                m = new GetSensorReadingResponse(iid, size, op, enable, present, previous, event, size.readValue(r, "presentReading"));
                break;
            case 0x21:
                m = new GetStateSensorReadingsResponse(iid, stateFields(r));
                break;
            case 0x51:
                m = getPdr(iid, r);
                break;
            case 0x50:
                m = repositoryInfo(iid, r);
                break;
            case 0x04:
                m = new SetEventReceiverResponse(iid);
                break;
            case 0x0C:
                m = eventMessageSupported(iid, r);
                break;
            case 0x0A:
                m = new PlatformEventMessageResponse(iid, new PlatformEventStatus(r.u8("platformEventStatus")));
                break;
            default:
                return null;
        }
        r.end(m.command().label() + " response");
        return m;
    }

    private static GetPdrRepositoryInfoResponse repositoryInfo(int iid, WireReader r) {
        RepositoryState state = new RepositoryState(r.u8("repositoryState"));
        Timestamp104 update = Timestamp104.parse(r.bytes(Timestamp104.LENGTH, "updateTime"));
        Timestamp104 oemUpdate = Timestamp104.parse(r.bytes(Timestamp104.LENGTH, "OEMUpdateTime"));
        long records = r.u32("recordCount");
        long size = r.u32("repositorySize");
        long largest = r.u32("largestRecordSize");
        return new GetPdrRepositoryInfoResponse(iid, state, update, oemUpdate, records, size, largest, r.u8("dataTransferHandleTimeout"));
    }

    private static EventMessageSupportedResponse eventMessageSupported(int iid, WireReader r) {
        EventMessageGlobalEnable config = new EventMessageGlobalEnable(r.u8("synchronyConfiguration"));
        int supported = r.u8("synchronyConfigurationSupported");
        int count = r.u8("numberEventClassReturned");
        List<Integer> classes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            classes.add(r.u8("eventClass[" + i + "]"));
        }
        return new EventMessageSupportedResponse(iid, config, supported, classes);
    }

    private static List<StateSensorField> stateFields(WireReader r) {
        int at = r.offset();
        int count = r.u8("compositeSensorCount");
        if (count < 1 || count > GetStateSensorReadingsResponse.MAX_COMPOSITE) {
            throw new PldmFormatException(at, "compositeSensorCount", "is 1..8, was " + count);
        }
        List<StateSensorField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SensorOperationalState op = new SensorOperationalState(r.u8("stateField[" + i + "].sensorOperationalState"));
            int present = r.u8("stateField[" + i + "].presentState");
            int previous = r.u8("stateField[" + i + "].previousState");
            fields.add(new StateSensorField(op, present, previous, r.u8("stateField[" + i + "].eventState")));
        }
        return fields;
    }

    private static GetPdrResponse getPdr(int iid, WireReader r) {
        long nextRecord = r.u32("nextRecordHandle");
        long nextTransfer = r.u32("nextDataTransferHandle");
        PdrTransferFlag flag = new PdrTransferFlag(r.u8("transferFlag"));
        int count = r.u16("responseCount");
        Bytes data = r.bytes(count, "recordData");
        OptionalInt crc = flag.carriesCrc() ? OptionalInt.of(r.u8("transferCRC")) : OptionalInt.empty();
        return new GetPdrResponse(iid, nextRecord, nextTransfer, flag, data, crc);
    }
}
