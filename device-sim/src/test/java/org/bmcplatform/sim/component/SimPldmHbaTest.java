package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.EntityAssociationPdr;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruTableCodec;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataResponse;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableResponse;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.GetPdrResponse;
import org.bmcplatform.profiles.pldm.GetSensorReadingRequest;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsRequest;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsResponse;
import org.bmcplatform.profiles.pldm.GetTidRequest;
import org.bmcplatform.profiles.pldm.GetTidResponse;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.profiles.pldm.MultipartTransfer;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.PdrCodec;
import org.bmcplatform.profiles.pldm.PdrTransfer;
import org.bmcplatform.profiles.pldm.PdrTransferFlag;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PlatformEventMessageResponse;
import org.bmcplatform.profiles.pldm.PlatformEventStatus;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.SensorDataSize;
import org.bmcplatform.profiles.pldm.SensorEvent;
import org.bmcplatform.profiles.pldm.SensorEventData;
import org.bmcplatform.profiles.pldm.SensorReadingConversion;
import org.bmcplatform.profiles.pldm.SensorState;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.SetEventReceiverRequest;
import org.bmcplatform.profiles.pldm.SetEventReceiverResponse;
import org.bmcplatform.profiles.pldm.SetTidRequest;
import org.bmcplatform.profiles.pldm.StateSensorPdr;
import org.bmcplatform.profiles.pldm.TransferOperation;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.HbaDriveSpec;
import org.bmcplatform.sim.board.PldmHbaSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's side of a virtual HBA (device-protocols.md §3.4): a bus-owner stack on the board's SMBus
 * segment assigns the HBA an EID, then walks its PDR repository with GetPDR in small parts, reads every
 * sensor and the FRU table, all through the codecs, in virtual time.
 */
class SimPldmHbaTest {
    /** Small enough that every record comes in several parts. */
    static final int REQUEST_COUNT = 16;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final BoardSpec spec = BoardFile.load(Path.of("src/test/resources/boards/pldm-hba.yaml"));
    private final PldmHbaSpec hbaSpec = spec.hba("hba0");
    private VirtualBoard board;
    private MctpStack platform;
    private SimPldmHba hba;
    private EndpointId eid;
    private int instanceId;
    private int parts;

    @BeforeEach
    void start() throws Exception {
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        platform.addInterface("smbus0", 1, board.platformBinding("smbus0")).setLocalEid(EndpointId.of(8));
        ControlRequester control = new ControlRequester(platform, RequestOptions.DEFAULT);
        BusOwner owner = new BusOwner(platform, control, new EidPool(EndpointId.of(9), EndpointId.of(30)));
        DiscoveredEndpoint e = scheduler.await(owner.setupEndpoint("smbus0", hbaSpec.linkAddress()), Duration.ofSeconds(2));
        eid = e.eid();
        hba = (SimPldmHba) board.component("hba0");
        scheduler.advance(Duration.ofSeconds(120)); // let the temperatures rise off ambient
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private PldmResponse ask(PldmRequest request) throws Exception {
        Bytes answer = scheduler.await(platform.request(1, eid, PldmCodec.encode(request)), Duration.ofSeconds(2));
        return PldmCodec.decodeResponse(answer, request);
    }

    private int iid() {
        instanceId = (instanceId + 1) % 32;
        return instanceId;
    }

    /** Walks the repository from handle 0: every record part by part, CRC-8 checked by the assembly. */
    private List<Pdr> walk() throws Exception {
        List<Pdr> records = new ArrayList<>();
        long handle = 0;
        do {
            PdrTransfer.Assembly assembly = new PdrTransfer.Assembly();
            GetPdrResponse part = (GetPdrResponse) ask(GetPdrRequest.first(iid(), handle, REQUEST_COUNT));
            Optional<Bytes> whole = assembly.add(part);
            int changeNumber = whole.isPresent() ? 0 : changeNumber(part.recordData());
            while (whole.isEmpty()) {
                part = (GetPdrResponse) ask(new GetPdrRequest(iid(), handle, part.nextDataTransferHandle(),
                        TransferOperation.GET_NEXT_PART, REQUEST_COUNT, changeNumber));
                whole = assembly.add(part);
            }
            parts += assembly.parts();
            assertThat(assembly.parts()).as("record after handle %d", handle).isGreaterThan(1);
            assertThat(part.transferFlag()).isEqualTo(PdrTransferFlag.END);
            records.add(PdrCodec.decode(whole.get()));
            handle = part.nextRecordHandle();
        } while (handle != 0);
        return records;
    }

    private FruRecordTable fruTable() throws Exception {
        GetFruRecordTableMetadataResponse meta = (GetFruRecordTableMetadataResponse) ask(new GetFruRecordTableMetadataRequest(iid()));
        MultipartTransfer.Assembly assembly = new MultipartTransfer.Assembly();
        GetFruRecordTableResponse part = (GetFruRecordTableResponse) ask(GetFruRecordTableRequest.first(iid()));
        Optional<Bytes> whole = assembly.add(part.transferFlag(), part.portion());
        while (whole.isEmpty()) {
            part = (GetFruRecordTableResponse) ask(new GetFruRecordTableRequest(iid(), part.nextDataTransferHandle(),
                    TransferOperation.GET_NEXT_PART));
            whole = assembly.add(part.transferFlag(), part.portion());
        }
        assertThat(assembly.parts()).isGreaterThan(1);
        FruRecordTable table = FruTableCodec.decode(whole.get()); // checks pad and CRC-32
        assertThat(meta.tableLength()).isEqualTo(whole.get().length() - 4);
        assertThat(meta.checksum()).isEqualTo(FruTableCodec.crc(table));
        assertThat(meta.recordCount()).isEqualTo(table.records().size());
        return table;
    }

    /** recordChangeNumber from the PDR header at the start of a first part (bytes 6-7, DSP0248 Table 75). */
    private static int changeNumber(Bytes firstPart) {
        return firstPart.get(6) | firstPart.get(7) << 8;
    }

    private static <T extends Pdr> List<T> ofType(List<Pdr> pdrs, Class<T> type) {
        return pdrs.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Drive entity → its temperature sensor, found as a requester would: association, then sensors on contained entities. */
    private static Map<EntityId, NumericSensorPdr> driveSensors(List<Pdr> pdrs) {
        EntityAssociationPdr association = ofType(pdrs, EntityAssociationPdr.class).stream()
                .filter(a -> a.container().entityType() == SimPldmHba.ENTITY_IO_CONTROLLER).findFirst().orElseThrow();
        Map<EntityId, NumericSensorPdr> sensors = new LinkedHashMap<>();
        for (EntityId drive : association.contained()) {
            assertThat(drive.containerId()).isEqualTo(association.containerId());
            sensors.put(drive, ofType(pdrs, NumericSensorPdr.class).stream().filter(s -> s.entity().equals(drive))
                    .findFirst().orElseThrow(() -> new AssertionError("no sensor on " + drive)));
        }
        return sensors;
    }

    @Test
    void walkFindsTheControllerSensorsAndEveryCabledDriveTiedToItsEntity() throws Exception {
        List<Pdr> pdrs = walk();

        assertThat(parts).isGreaterThan(3 * pdrs.size());
        NumericSensorPdr roc = ofType(pdrs, NumericSensorPdr.class).stream()
                .filter(s -> s.entity().equals(SimPldmHba.HBA_ENTITY)).findFirst().orElseThrow();
        assertThat(roc.sensorId()).isEqualTo(SimPldmHba.CONTROLLER_TEMPERATURE_SENSOR);
        assertThat(roc.units().baseUnit()).isEqualTo(SensorUnit.DEGREES_C);
        assertThat(roc.dataSize()).isEqualTo(SensorDataSize.SINT16);
        assertThat(roc.resolution()).isEqualTo(0.5f);
        assertThat(SensorReadingConversion.toEngineeringUnits(roc.ranges().warningHigh(), roc)).isEqualTo(95.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(roc.ranges().criticalHigh(), roc)).isEqualTo(105.0);
        assertThat(ofType(pdrs, StateSensorPdr.class)).singleElement()
                .satisfies(s -> assertThat(s.compositeSensors().get(0).stateSetId()).isEqualTo(HealthState.STATE_SET_ID));

        Map<EntityId, NumericSensorPdr> drives = driveSensors(pdrs);
        List<Integer> cabled = hbaSpec.drives().stream().filter(HbaDriveSpec::present).map(HbaDriveSpec::slot).toList();
        assertThat(cabled).containsExactly(0, 1, 2, 3, 5);
        assertThat(drives.keySet()).extracting(EntityId::entityType).containsOnly(SimPldmHba.ENTITY_FIXED_DISK);
        assertThat(drives.keySet()).extracting(EntityId::entityInstance).containsExactly(1, 2, 3, 4, 6);
        assertThat(drives.values()).extracting(NumericSensorPdr::sensorId).containsExactly(0x100, 0x101, 0x102, 0x103, 0x105);
        assertThat(drives.values()).allSatisfy(s -> assertThat(s.units().baseUnit()).isEqualTo(SensorUnit.DEGREES_C));
        NumericSensorPdr slot2 = drives.get(new EntityId(107, 3, SimPldmHba.DRIVE_CONTAINER_ID));
        assertThat(SensorReadingConversion.toEngineeringUnits(slot2.ranges().warningHigh(), slot2)).isEqualTo(58.0);
        assertThat(ofType(pdrs, FruRecordSetPdr.class)).extracting(FruRecordSetPdr::entity)
                .containsExactlyInAnyOrder(SimPldmHba.HBA_ENTITY, new EntityId(107, 1, 1), new EntityId(107, 2, 1),
                        new EntityId(107, 3, 1), new EntityId(107, 4, 1), new EntityId(107, 6, 1));
    }

    @Test
    void everySensorReadsTheThermalModelThroughTheConversion() throws Exception {
        List<Pdr> pdrs = walk();
        NumericSensorPdr roc = ofType(pdrs, NumericSensorPdr.class).get(0);

        GetSensorReadingResponse r = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(iid(), roc.sensorId(), false));
        double celsius = SensorReadingConversion.toEngineeringUnits(r.presentReading(), roc);
        assertThat(r.operationalState().isEnabled()).isTrue();
        assertThat(r.dataSize()).isEqualTo(SensorDataSize.SINT16);
        assertThat(celsius).isCloseTo(hba.controllerCelsius(), within(0.25 + 0.1)).isGreaterThan(40);
        assertThat(r.presentState()).isEqualTo(SensorState.NORMAL);

        for (Map.Entry<EntityId, NumericSensorPdr> e : driveSensors(pdrs).entrySet()) {
            GetSensorReadingResponse d = (GetSensorReadingResponse) ask(new GetSensorReadingRequest(iid(), e.getValue().sensorId(), false));
            int slot = e.getKey().entityInstance() - 1;
            assertThat(d.dataSize()).isEqualTo(SensorDataSize.SINT8);
            assertThat(SensorReadingConversion.toEngineeringUnits(d.presentReading(), e.getValue()))
                    .as("slot %d", slot).isCloseTo(hba.driveCelsius(slot), within(0.5 + 0.1));
            assertThat(d.presentState()).isEqualTo(SensorState.NORMAL);
        }

        GetStateSensorReadingsResponse health = (GetStateSensorReadingsResponse)
                ask(new GetStateSensorReadingsRequest(iid(), SimPldmHba.CONTROLLER_HEALTH_SENSOR, 0));
        assertThat(health.fields().get(0).presentState()).isEqualTo(HealthState.NORMAL.value());
    }

    @Test
    void theHealthStateCanBeHeldOnDemandAndFollowsTheTemperatureAgainWhenReleased() throws Exception {
        walk();
        ask(new GetStateSensorReadingsRequest(iid(), SimPldmHba.CONTROLLER_HEALTH_SENSOR, 0)); // normal, from the temperature
        hba.setHealth(HealthState.LOWER_CRITICAL);
        GetStateSensorReadingsResponse held = (GetStateSensorReadingsResponse)
                ask(new GetStateSensorReadingsRequest(iid(), SimPldmHba.CONTROLLER_HEALTH_SENSOR, 0));
        assertThat(held.fields().get(0).presentState()).isEqualTo(HealthState.LOWER_CRITICAL.value());
        assertThat(held.fields().get(0).previousState()).isEqualTo(HealthState.NORMAL.value());
        assertThat(hba.healthHeld()).isTrue();

        hba.followTemperature();
        GetStateSensorReadingsResponse released = (GetStateSensorReadingsResponse)
                ask(new GetStateSensorReadingsRequest(iid(), SimPldmHba.CONTROLLER_HEALTH_SENSOR, 0));
        assertThat(released.fields().get(0).presentState()).isEqualTo(HealthState.NORMAL.value());
        assertThat(released.fields().get(0).previousState()).isEqualTo(HealthState.LOWER_CRITICAL.value());
    }

    @Test
    void afterSetEventReceiverAHealthChangeIsSentAsASensorEventAndTheAnswerCounted() throws Exception {
        List<PldmRequest> received = new ArrayList<>();
        platform.handle(MessageType.PLDM, RequestHandler.immediate(request -> {
            PldmRequest event = PldmCodec.decodeRequest(request.message());
            received.add(event);
            return Optional.of(PldmCodec.encode(new PlatformEventMessageResponse(event.instanceId(), PlatformEventStatus.LOGGED)));
        }));
        assertThat(ask(SetEventReceiverRequest.async(iid(), 8))).isInstanceOf(SetEventReceiverResponse.class);

        hba.setHealth(HealthState.UPPER_CRITICAL);
        scheduler.advance(Duration.ofMillis(100));
        hba.setHealth(HealthState.UPPER_CRITICAL); // no change, no event
        scheduler.advance(SimPldmHba.HEALTH_WATCH.multipliedBy(3));

        assertThat(received).singleElement().isInstanceOfSatisfying(PlatformEventMessageRequest.class, e -> {
            assertThat(e.formatVersion()).isEqualTo(1);
            assertThat(e.event()).isEqualTo(new SensorEvent(SimPldmHba.CONTROLLER_HEALTH_SENSOR,
                    new SensorEventData.StateSensorChange(0, HealthState.UPPER_CRITICAL.value(), HealthState.NORMAL.value())));
        });
        assertThat(hba.eventsAcknowledged()).isEqualTo(1);
        assertThat(hba.eventFailures()).isZero();

        hba.followTemperature();
        scheduler.advance(Duration.ofMillis(100));
        assertThat(received).hasSize(2);
        assertThat(((PlatformEventMessageRequest) received.get(1)).event()).isEqualTo(new SensorEvent(SimPldmHba.CONTROLLER_HEALTH_SENSOR,
                new SensorEventData.StateSensorChange(0, HealthState.NORMAL.value(), HealthState.UPPER_CRITICAL.value())));
    }

    @Test
    void fruTableCarriesTheControllerAndEachDrivesModelSerialAndFirmware() throws Exception {
        List<Pdr> pdrs = walk();
        FruRecordTable table = fruTable();

        FruRecord controller = table.recordSet(SimPldmHba.CONTROLLER_FRU_SET).get(0);
        assertThat(controller.text(FruFieldType.MANUFACTURER)).hasValue("Broadcom");
        assertThat(controller.text(FruFieldType.MODEL)).hasValue("HBA 9500-8i");
        assertThat(controller.text(FruFieldType.PART_NUMBER)).hasValue("05-50077-00");
        assertThat(controller.text(FruFieldType.SERIAL_NUMBER)).hasValue("SP23456789");
        assertThat(controller.text(FruFieldType.VERSION)).hasValue("24.00.00.00");
        for (FruRecordSetPdr set : ofType(pdrs, FruRecordSetPdr.class)) {
            if (set.entity().entityType() != SimPldmHba.ENTITY_FIXED_DISK) {
                continue;
            }
            HbaDriveSpec drive = hbaSpec.drive(set.entity().entityInstance() - 1).orElseThrow();
            FruRecord record = table.recordSet(set.fruRecordSetId()).get(0);
            assertThat(record.text(FruFieldType.MODEL)).hasValue(drive.model());
            assertThat(record.text(FruFieldType.SERIAL_NUMBER)).hasValue(drive.serial());
            assertThat(record.text(FruFieldType.VERSION)).hasValue(drive.firmware());
        }
        assertThat(table.recordSet(SimPldmHba.driveFruSetId(0)).get(0).text(FruFieldType.DESCRIPTION)).hasValue("Hard drive, 16000 GB");
        assertThat(table.recordSet(SimPldmHba.driveFruSetId(6))).isEmpty();
    }

    @Test
    void pulledDriveIsGoneFromAFreshWalkAndComesBackWhenInserted() throws Exception {
        List<Pdr> before = walk();
        long associationHandle = ofType(before, EntityAssociationPdr.class).get(0).header().recordHandle();
        int associationChange = ofType(before, EntityAssociationPdr.class).get(0).header().recordChangeNumber();

        hba.pullDrive(3);
        List<Pdr> after = walk();

        assertThat(driveSensors(after).keySet()).extracting(EntityId::entityInstance).containsExactly(1, 2, 3, 6);
        assertThat(ofType(after, NumericSensorPdr.class)).extracting(NumericSensorPdr::sensorId).doesNotContain(0x103);
        assertThat(ofType(after, FruRecordSetPdr.class)).extracting(FruRecordSetPdr::fruRecordSetId).doesNotContain(0x103);
        EntityAssociationPdr association = ofType(after, EntityAssociationPdr.class).get(0);
        assertThat(association.header().recordHandle()).isEqualTo(associationHandle);
        assertThat(association.header().recordChangeNumber()).isEqualTo(associationChange + 1);
        assertThat(((ErrorResponse) ask(new GetSensorReadingRequest(iid(), 0x103, false))).completionCode())
                .isEqualTo(CompletionCode.INVALID_SENSOR_ID);
        assertThat(fruTable().recordSet(0x103)).isEmpty();
        long oldHandle = ofType(before, NumericSensorPdr.class).stream().filter(s -> s.sensorId() == 0x103).findFirst()
                .orElseThrow().header().recordHandle();
        assertThat(((ErrorResponse) ask(GetPdrRequest.first(iid(), oldHandle, REQUEST_COUNT))).completionCode())
                .isEqualTo(CompletionCode.PDR_INVALID_RECORD_HANDLE);

        hba.insertDrive(6);
        hba.insertDrive(3);
        assertThat(driveSensors(walk()).keySet()).extracting(EntityId::entityInstance).containsExactly(1, 2, 3, 4, 6, 7);
        assertThat(fruTable().recordSet(SimPldmHba.driveFruSetId(6)).get(0).text(FruFieldType.SERIAL_NUMBER)).hasValue("X1F0A00GFJDJ");
    }

    @Test
    void recordChangedBetweenPartsIsRefusedWithInvalidRecordChangeNumber() throws Exception {
        long handle = ofType(walk(), EntityAssociationPdr.class).get(0).header().recordHandle();
        GetPdrResponse first = (GetPdrResponse) ask(GetPdrRequest.first(iid(), handle, REQUEST_COUNT));
        int changeNumber = changeNumber(first.recordData());

        hba.pullDrive(0);
        PldmResponse next = ask(new GetPdrRequest(iid(), handle, first.nextDataTransferHandle(), TransferOperation.GET_NEXT_PART,
                REQUEST_COUNT, changeNumber));

        assertThat(((ErrorResponse) next).completionCode()).isEqualTo(CompletionCode.PDR_INVALID_RECORD_CHANGE_NUMBER);
    }

    @Test
    void tidIsKeptUntilThePowerCycle() throws Exception {
        assertThat(((GetTidResponse) ask(new GetTidRequest(iid()))).tid()).isEqualTo(GetTidResponse.UNASSIGNED);
        ask(new SetTidRequest(iid(), 7));
        assertThat(((GetTidResponse) ask(new GetTidRequest(iid()))).tid()).isEqualTo(7);

        hba.unplug();
        hba.plug();

        assertThat(hba.terminus().orElseThrow().tid()).isEqualTo(GetTidResponse.UNASSIGNED);
        assertThat(hba.terminus().orElseThrow().pdrs().size()).isEqualTo(4 + 2 * 5);
    }
}
