package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruTableCodec;
import org.bmcplatform.profiles.pldm.GetFruRecordTableRequest;
import org.bmcplatform.profiles.pldm.GetFruRecordTableResponse;
import org.bmcplatform.profiles.pldm.GetPdrRequest;
import org.bmcplatform.profiles.pldm.GetPdrResponse;
import org.bmcplatform.profiles.pldm.GetSensorReadingRequest;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.MultipartTransfer;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.PdrCodec;
import org.bmcplatform.profiles.pldm.PdrTransfer;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.SensorReadingConversion;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.TransferOperation;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PLDM side of the virtual NICs (device-protocols.md §1.10, §3.4, §5 NIC row): the platform walks each
 * NIC's PDRs, finds the ASIC temperature on the network controller entity by its unit (ID 3, or 300 on the
 * renumbered firmware) and the per-port module sensors, reads them and the FRU record, in virtual time.
 */
class SimNicPldmTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final BoardSpec spec = BoardFile.load(Path.of("src/test/resources/boards/ncsi-nic.yaml"));
    private VirtualBoard board;
    private MctpStack platform;
    private int instanceId;

    @BeforeEach
    void start() throws Exception {
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        platform.addInterface("smbus0", 1, board.platformBinding("smbus0")).setLocalEid(EndpointId.of(8));
        BusOwner owner = new BusOwner(platform, new ControlRequester(platform, RequestOptions.DEFAULT),
                new EidPool(EndpointId.of(9), EndpointId.of(30)));
        for (String id : List.of("nic0", "nic1")) {
            DiscoveredEndpoint e = scheduler.await(owner.setupEndpoint("smbus0", spec.nic(id).linkAddress()), Duration.ofSeconds(2));
            assertThat(e.messageTypes()).contains(MessageType.CONTROL, MessageType.NCSI, MessageType.PLDM);
        }
        scheduler.advance(Duration.ofSeconds(120)); // let the ASICs warm up
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private PldmResponse ask(String nic, PldmRequest request) throws Exception {
        EndpointId eid = ((SimNic) board.component(nic)).eid().orElseThrow();
        return PldmCodec.decodeResponse(scheduler.await(platform.request(1, eid, PldmCodec.encode(request)), Duration.ofSeconds(2)), request);
    }

    private int iid() {
        instanceId = (instanceId + 1) % 32;
        return instanceId;
    }

    private List<Pdr> walk(String nic) throws Exception {
        List<Pdr> records = new ArrayList<>();
        long handle = 0;
        do {
            PdrTransfer.Assembly assembly = new PdrTransfer.Assembly();
            GetPdrResponse part = (GetPdrResponse) ask(nic, GetPdrRequest.first(iid(), handle, 1024));
            Optional<Bytes> whole = assembly.add(part);
            assertThat(whole).isPresent();
            records.add(PdrCodec.decode(whole.get()));
            handle = part.nextRecordHandle();
        } while (handle != 0);
        return records;
    }

    private FruRecordTable fru(String nic) throws Exception {
        MultipartTransfer.Assembly assembly = new MultipartTransfer.Assembly();
        GetFruRecordTableResponse part = (GetFruRecordTableResponse) ask(nic, GetFruRecordTableRequest.first(iid()));
        Optional<Bytes> whole = assembly.add(part.transferFlag(), part.portion());
        while (whole.isEmpty()) {
            part = (GetFruRecordTableResponse) ask(nic, new GetFruRecordTableRequest(iid(), part.nextDataTransferHandle(),
                    TransferOperation.GET_NEXT_PART));
            whole = assembly.add(part.transferFlag(), part.portion());
        }
        return FruTableCodec.decode(whole.get());
    }

    private static List<NumericSensorPdr> temperaturesOnTheNic(List<Pdr> pdrs) {
        return pdrs.stream().filter(NumericSensorPdr.class::isInstance).map(NumericSensorPdr.class::cast)
                .filter(s -> s.entity().entityType() == SimNic.ENTITY_NETWORK_CONTROLLER)
                .filter(s -> s.units().baseUnit().equals(SensorUnit.DEGREES_C)).toList();
    }

    @Test
    void walkFindsTheAsicSensorThreeAndOneModuleSensorPerPortOnTheNetworkControllerEntity() throws Exception {
        List<NumericSensorPdr> sensors = temperaturesOnTheNic(walk("nic0"));

        assertThat(sensors).extracting(NumericSensorPdr::sensorId).containsExactly(3, 4, 5);
        assertThat(sensors).allSatisfy(s -> assertThat(s.entity()).isEqualTo(SimNic.NIC_ENTITY));
        NumericSensorPdr asic = sensors.get(0);
        assertThat(SensorReadingConversion.toEngineeringUnits(asic.ranges().warningHigh(), asic)).isEqualTo(95.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(asic.ranges().criticalHigh(), asic)).isEqualTo(105.0);
        NumericSensorPdr module = sensors.get(1);
        assertThat(SensorReadingConversion.toEngineeringUnits(module.ranges().warningHigh(), module)).isEqualTo(70.0);
    }

    @Test
    void renumberedFirmwareHasTheAsicSensorAt300AndPortSensorsFrom500OnlyWhereATransceiverIs() throws Exception {
        List<NumericSensorPdr> sensors = temperaturesOnTheNic(walk("nic1"));

        assertThat(sensors).extracting(NumericSensorPdr::sensorId).containsExactly(300, 500, 501, 502);
        NumericSensorPdr asic = sensors.get(0);
        assertThat(SensorReadingConversion.toEngineeringUnits(asic.ranges().criticalHigh(), asic)).isEqualTo(110.0);
    }

    @Test
    void sensorsReadTheThermalModel() throws Exception {
        SimNic nic = (SimNic) board.component("nic0");
        List<NumericSensorPdr> sensors = temperaturesOnTheNic(walk("nic0"));

        GetSensorReadingResponse asic = (GetSensorReadingResponse) ask("nic0", new GetSensorReadingRequest(iid(), 3, false));
        assertThat(SensorReadingConversion.toEngineeringUnits(asic.presentReading(), sensors.get(0)))
                .isCloseTo(nic.asicCelsius(), within(0.6)).isGreaterThan(45);
        GetSensorReadingResponse module = (GetSensorReadingResponse) ask("nic0", new GetSensorReadingRequest(iid(), 5, false));
        assertThat(SensorReadingConversion.toEngineeringUnits(module.presentReading(), sensors.get(2)))
                .isCloseTo(nic.moduleCelsius(1), within(0.6)).isLessThan(nic.asicCelsius()).isGreaterThan(25);
    }

    @Test
    void fruRecordOfTheNicEntityCarriesManufacturerModelPartSerialVersionAndIana() throws Exception {
        FruRecordSetPdr set = walk("nic1").stream().filter(FruRecordSetPdr.class::isInstance).map(FruRecordSetPdr.class::cast)
                .findFirst().orElseThrow();
        assertThat(set.entity()).isEqualTo(SimNic.NIC_ENTITY);

        FruRecord r = fru("nic1").recordSet(set.fruRecordSetId()).get(0);
        assertThat(r.text(FruFieldType.MANUFACTURER)).hasValue("Broadcom");
        assertThat(r.text(FruFieldType.MODEL)).hasValue("BCM957504-N425G");
        assertThat(r.text(FruFieldType.PART_NUMBER)).hasValue("BCM957504-N425G");
        assertThat(r.text(FruFieldType.SERIAL_NUMBER)).hasValue("N425GA12345");
        assertThat(r.text(FruFieldType.VERSION)).hasValue("229.1.123.0");
        assertThat(r.vendorIana()).hasValue(0x113d);
    }
}
