package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;

/** Random valid records of every modelled kind, for round-trip properties. */
final class RandomPldm {
    private final Random rnd;

    RandomPldm(Random rnd) {
        this.rnd = rnd;
    }

    int u8() {
        return rnd.nextInt(256);
    }

    int u16() {
        return rnd.nextInt(65536);
    }

    long u32() {
        return rnd.nextInt() & 0xFFFF_FFFFL;
    }

    int iid() {
        return rnd.nextInt(32);
    }

    Bytes bytes(int max) {
        byte[] b = new byte[rnd.nextInt(max + 1)];
        rnd.nextBytes(b);
        return Bytes.wrap(b);
    }

    float real32() {
        switch (rnd.nextInt(6)) {
            case 0:
                return Float.NaN;
            case 1:
                return rnd.nextBoolean() ? Float.POSITIVE_INFINITY : 0.0f;
            case 2:
                float any = Float.intBitsToFloat(rnd.nextInt());
                return Float.isNaN(any) ? Float.NaN : any; // NaN payloads are not kept through double
            default:
                return (rnd.nextFloat() - 0.5f) * (float) Math.pow(10, rnd.nextInt(12) - 4);
        }
    }

    <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    long value(SensorDataSize size) {
        return size.min() + (long) (rnd.nextDouble() * (size.max() - size.min() + 1));
    }

    double range(RangeFieldFormat format) {
        return format == RangeFieldFormat.REAL32 ? real32() : value(SensorDataSize.ofCode(format.code()));
    }

    SensorState state() {
        return new SensorState(u8());
    }

    PldmMessage[] exchange() {
        int iid = iid();
        switch (rnd.nextInt(17)) {
            case 0:
                return new PldmMessage[] {new GetTidRequest(iid), new GetTidResponse(iid, u8())};
            case 1:
                return new PldmMessage[] {new SetTidRequest(iid, u8()), new SetTidResponse(iid)};
            case 2:
                return new PldmMessage[] {new GetPldmTypesRequest(iid), new GetPldmTypesResponse(iid, rnd.nextLong())};
            case 3:
                return new PldmMessage[] {new GetPldmVersionRequest(iid, u32(), new TransferOperation(u8()), new PldmType(rnd.nextInt(64))),
                    new GetPldmVersionResponse(iid, u32(), new TransferFlag(u8()), bytes(40))};
            case 4:
                Bytes bits = bytes(0).concat(Bytes.wrap(randomArray(32)));
                return new PldmMessage[] {new GetPldmCommandsRequest(iid, new PldmType(rnd.nextInt(64)), Ver32.ofValue(u32())),
                    new GetPldmCommandsResponse(iid, new SupportedCommands(bits))};
            case 5:
                SensorDataSize size = pick(SensorDataSize.values());
                return new PldmMessage[] {new GetSensorReadingRequest(iid, u16(), rnd.nextBoolean()),
                    new GetSensorReadingResponse(iid, size, new SensorOperationalState(u8()), new EventMessageEnable(u8()), state(),
                            state(), state(), value(size))};
            case 6:
                List<StateSensorField> fields = new ArrayList<>();
                for (int i = 1 + rnd.nextInt(8); i > 0; i--) {
                    fields.add(new StateSensorField(new SensorOperationalState(u8()), u8(), u8(), u8()));
                }
                return new PldmMessage[] {new GetStateSensorReadingsRequest(iid, u16(), u8()), new GetStateSensorReadingsResponse(iid, fields)};
            case 7:
                PdrTransferFlag flag = new PdrTransferFlag(rnd.nextBoolean() ? rnd.nextInt(6) : u8());
                return new PldmMessage[] {new GetPdrRequest(iid, u32(), u32(), new TransferOperation(u8()), u16(), u16()),
                    new GetPdrResponse(iid, u32(), u32(), flag, bytes(120), flag.carriesCrc() ? OptionalInt.of(u8()) : OptionalInt.empty())};
            case 8:
                return new PldmMessage[] {new PlatformEventMessageRequest(iid, u8(), u8(), event()),
                    new PlatformEventMessageResponse(iid, new PlatformEventStatus(u8()))};
            case 9:
                return new PldmMessage[] {new GetFruRecordTableMetadataRequest(iid),
                    new GetFruRecordTableMetadataResponse(iid, u8(), u8(), u32(), u32(), u16(), u16(), u32())};
            case 10:
                return new PldmMessage[] {new GetFruRecordTableRequest(iid, u32(), new TransferOperation(u8())),
                    new GetFruRecordTableResponse(iid, u32(), new TransferFlag(u8()), bytes(100))};
            case 11:
                PldmCommand unknown = new PldmCommand(new PldmType(rnd.nextInt(64)), 0x60 + rnd.nextInt(0xA0));
                return new PldmMessage[] {new OtherRequest(iid, unknown, bytes(30)), new OtherResponse(iid, unknown, bytes(30))};
            case 13:
                return new PldmMessage[] {new GetPdrRepositoryInfoRequest(iid), new GetPdrRepositoryInfoResponse(iid,
                        new RepositoryState(u8()), timestamp(), timestamp(), u32(), u32(), u32(), u8())};
            case 14:
                EventMessageGlobalEnable enable = new EventMessageGlobalEnable(rnd.nextBoolean() ? rnd.nextInt(4) : u8());
                OptionalInt heartbeat = enable.hasHeartbeat() ? OptionalInt.of(u16()) : OptionalInt.empty();
                SetEventReceiverRequest set = rnd.nextBoolean() ? SetEventReceiverRequest.mctp(iid, enable, u8(), heartbeat)
                        : new SetEventReceiverRequest(iid, enable, 1 + rnd.nextInt(255), bytes(6), heartbeat);
                return new PldmMessage[] {set, new SetEventReceiverResponse(iid)};
            case 15:
                List<Integer> classes = new ArrayList<>();
                for (int i = rnd.nextInt(8); i > 0; i--) {
                    classes.add(u8());
                }
                return new PldmMessage[] {new EventMessageSupportedRequest(iid, u8()),
                    new EventMessageSupportedResponse(iid, new EventMessageGlobalEnable(u8()), u8(), classes)};
            case 12:
                PldmRequest any = (PldmRequest) exchange()[0];
                return new PldmMessage[] {new GetTidRequest(any.instanceId()),
                    new ErrorResponse(iid, any.command(), new CompletionCode(1 + rnd.nextInt(255)))};
            default:
                PldmCommand other = new PldmCommand(new PldmType(8 + rnd.nextInt(55)), u8());
                return new PldmMessage[] {new OtherRequest(iid, other, bytes(30)), new OtherResponse(iid, other, bytes(30))};
        }
    }

    Timestamp104 timestamp() {
        return new Timestamp104((short) u16(), rnd.nextInt(1 << 24), u8(), u8(), u8(), u8(), u8(), u16(), rnd.nextInt(16), rnd.nextInt(16));
    }

    private byte[] randomArray(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    PlatformEvent event() {
        int sensor = u16();
        switch (rnd.nextInt(4)) {
            case 0:
                return new SensorEvent(sensor, new SensorEventData.OperationalStateChange(new SensorOperationalState(u8()),
                        new SensorOperationalState(u8())));
            case 1:
                return new SensorEvent(sensor, new SensorEventData.StateSensorChange(u8(), u8(), u8()));
            case 2:
                SensorDataSize size = pick(SensorDataSize.values());
                return new SensorEvent(sensor, new SensorEventData.NumericSensorChange(state(), state(), size, value(size)));
            default:
                return new OtherEvent(1 + rnd.nextInt(255), bytes(20));
        }
    }

    EntityId entity() {
        return new EntityId(u16(), u16(), u16());
    }

    Pdr pdr() {
        PdrHeader header = new PdrHeader(u32(), u8(), u16());
        switch (rnd.nextInt(5)) {
            case 0:
                SensorDataSize size = pick(SensorDataSize.values());
                RangeFieldFormat f = pick(RangeFieldFormat.values());
                SensorUnits units = new SensorUnits(new SensorUnit(u8()), (byte) u8(), new RateUnit(u8()), u8(), new SensorUnit(u8()),
                        (byte) u8(), new RateUnit(u8()), u8(), u8());
                return new NumericSensorPdr(header, u16(), u16(), entity(), new SensorInit(u8()), rnd.nextBoolean(), units,
                        rnd.nextBoolean(), size, real32(), real32(), u16(), u8(), u8(), value(size), u8(), u8(), real32(), real32(),
                        value(size), value(size), new SensorRanges(f, u8(), range(f), range(f), range(f), range(f), range(f),
                                range(f), range(f), range(f), range(f)));
            case 1:
                List<PossibleStates> states = new ArrayList<>();
                for (int i = 1 + rnd.nextInt(8); i > 0; i--) {
                    states.add(new PossibleStates(u16(), Bytes.wrap(randomArray(1 + rnd.nextInt(32)))));
                }
                return new StateSensorPdr(header, u16(), u16(), entity(), new SensorInit(u8()), rnd.nextBoolean(), states);
            case 2:
                List<EntityId> contained = new ArrayList<>();
                for (int i = rnd.nextInt(12); i > 0; i--) {
                    contained.add(entity());
                }
                return new EntityAssociationPdr(header, u16(), u8(), entity(), contained);
            case 3:
                return new FruRecordSetPdr(header, u16(), u16(), entity());
            default:
                return new OtherPdr(header, new PdrType(pick(new Integer[] {1, 3, 6, 9, 11, 16, 21, 126, 127})), bytes(60));
        }
    }

    FruRecordTable fruTable() {
        List<FruRecord> records = new ArrayList<>();
        for (int r = rnd.nextInt(5); r > 0; r--) {
            List<FruField> fields = new ArrayList<>();
            FruEncoding encoding = new FruEncoding(rnd.nextInt(6));
            for (int i = rnd.nextInt(8); i > 0; i--) {
                switch (rnd.nextInt(4)) {
                    case 0:
                        fields.add(FruField.manufactureDate(new Timestamp104((short) u16(), rnd.nextInt(1 << 24), u8(), u8(), u8(), u8(),
                                u8(), u16(), rnd.nextInt(16), rnd.nextInt(16))));
                        break;
                    case 1:
                        fields.add(FruField.vendorIana(u32()));
                        break;
                    case 2:
                        fields.add(FruField.text(new FruFieldType(2 + rnd.nextInt(4)), "Model-" + rnd.nextInt(100000), encoding.code() == 0
                                ? FruEncoding.ASCII : encoding));
                        break;
                    default:
                        fields.add(new FruField(new FruFieldType(u8()), bytes(40)));
                        break;
                }
            }
            records.add(new FruRecord(u16(), new FruRecordType(rnd.nextBoolean() ? 1 : u8()), encoding, fields));
        }
        return new FruRecordTable(records);
    }
}
