package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.ipmifru.FruCodec;
import org.bmcplatform.profiles.ipmifru.FruInfo;
import org.bmcplatform.profiles.ipmifru.ProductInfo;
import org.bmcplatform.profiles.nvmemi.ControllerHealth;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.DataStructure;
import org.bmcplatform.profiles.nvmemi.DataStructureType;
import org.bmcplatform.profiles.nvmemi.ErrorResponse;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.MiCommandRequest;
import org.bmcplatform.profiles.nvmemi.MiOpcode;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureRequest;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureResponse;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.profiles.nvmemi.VpdReadRequest;
import org.bmcplatform.profiles.nvmemi.VpdReadResponse;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.thermal.ThermalModel;
import org.junit.jupiter.api.Test;

class NvmeMiResponderTest {
    private static final long SECOND = 1_000_000_000L;
    private static final BoardSpec BOARD = BoardFile.loadDefault();
    private final NvmeDriveSpec samsung = BOARD.drive("nvme0");
    private final NvmeDriveSpec quirky = BOARD.drive("nvme6");

    /** Sends the request through the codec both ways, as the wire would. */
    private static MiResponse exchange(NvmeMiResponder responder, MiRequest request, ThermalModel thermal, long nanos) {
        MiRequest received = NvmeMiCodec.decodeRequest(NvmeMiCodec.encode(request));
        Bytes reply = NvmeMiCodec.encode(responder.answer(received, thermal, nanos));
        return NvmeMiCodec.decodeResponse(reply, request);
    }

    private ThermalModel thermal(NvmeDriveSpec spec, double ambient) {
        return new ThermalModel(spec.thermal(), ambient, spec.percentageUsed(), spec.seed(), 0);
    }

    @Test
    void healthPollReportsTemperatureWearAndReadyDrive() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel thermal = thermal(samsung, 24);
        double celsius = thermal.temperatureAt(300 * SECOND);

        MiResponse r = exchange(responder, new HealthStatusPollRequest(0, false), thermal, 300 * SECOND);

        SubsystemHealth h = ((HealthStatusPollResponse) r).health();
        assertThat(h.temperature().celsius()).isEqualTo(OptionalInt.of((int) Math.round(celsius)));
        assertThat(h.warnings()).isEqualTo(SmartWarnings.NONE);
        assertThat(h.percentageUsed()).isEqualTo(3);
        assertThat(h.driveFunctional()).isTrue();
        assertThat(h.status() & SubsystemHealth.NSS_PORT0_LINK_ACTIVE).isNotZero();
        assertThat(h.controllerStatus() & SubsystemHealth.CCS_READY).isEqualTo(1);
    }

    // NVMe-MI 1.2 §5.6 vs §5.3: the quirk drive's subsystem CTEMP is 0x80, its controller CTEMP Kelvin
    @Test
    void controllerOnlyTemperatureDriveReportsNoDataInTheSubsystemPollAndKelvinPerController() {
        NvmeDriveSpec globex = BOARD.drive("nvme7");
        assertThat(globex.quirks()).contains(NvmeDriveSpec.QUIRK_CTEMP_CONTROLLER_ONLY);
        NvmeMiResponder responder = new NvmeMiResponder(globex, 400_000);
        ThermalModel thermal = thermal(globex, 24);
        double celsius = thermal.temperatureAt(300 * SECOND);

        SubsystemHealth h = ((HealthStatusPollResponse) exchange(responder, new HealthStatusPollRequest(0, false), thermal,
                300 * SECOND)).health();
        ControllerHealthStatusPollResponse c = (ControllerHealthStatusPollResponse) exchange(responder,
                ControllerHealthStatusPollRequest.all(0), thermal, 300 * SECOND);

        assertThat(h.temperature().raw()).isEqualTo(0x80);
        assertThat(h.temperature().celsius()).isEmpty();
        assertThat(c.entries()).singleElement().satisfies(e ->
                assertThat(e.temperatureKelvin()).isEqualTo((int) Math.round(celsius) + 273));
    }

    // NVMe-MI 1.2 §5.6: SW is active-low; bit 1 cleared = temperature out of range
    @Test
    void healthPollClearsTemperatureBitAboveTheWarningThreshold() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel hot = thermal(samsung, 24);
        hot.setAmbient(60, 0);

        MiResponse r = exchange(responder, new HealthStatusPollRequest(0, false), hot, 600 * SECOND);

        SubsystemHealth h = ((HealthStatusPollResponse) r).health();
        assertThat(h.temperature().celsius().getAsInt()).isGreaterThan(70);
        assertThat(h.warnings().isPresent(SmartWarnings.TEMPERATURE_OUT_OF_RANGE)).isTrue();
        assertThat(h.warnings().raw()).isEqualTo(0xFD);
    }

    @Test
    void compositeTemperatureChangeIsFlaggedUntilClearStatus() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel thermal = thermal(samsung, 24);

        exchange(responder, new HealthStatusPollRequest(0, false), thermal, 0);
        SubsystemHealth second = ((HealthStatusPollResponse) exchange(responder, new HealthStatusPollRequest(0, true), thermal, 60 * SECOND)).health();
        SubsystemHealth third = ((HealthStatusPollResponse) exchange(responder, new HealthStatusPollRequest(0, false), thermal, 60 * SECOND)).health();

        assertThat(second.controllerStatus() & NvmeMiResponder.CCS_CTEMP_CHANGED).isNotZero();
        assertThat(third.controllerStatus() & NvmeMiResponder.CCS_CTEMP_CHANGED).isZero();
    }

    @Test
    void identifyControllerCarriesTheBoardIdentityAndKelvinThresholds() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);

        MiResponse r = exchange(responder, new IdentifyControllerRequest(0, 0, 0, 4096), thermal(samsung, 24), 0);

        Bytes data = ((IdentifyControllerResponse) r).data();
        assertThat(data.length()).isEqualTo(4096);
        ControllerIdentity id = ControllerIdentity.parse(data);
        assertThat(id.pciVendorId()).isEqualTo(0x144d);
        assertThat(id.serialNumber()).isEqualTo("S6EXNA0W601284");
        assertThat(id.modelNumber()).isEqualTo("SAMSUNG MZQL23T8HDLA-00B7C");
        assertThat(id.firmwareRevision()).isEqualTo("GDC7302Q");
        assertThat(id.warningTemperatureKelvin()).isEqualTo(OptionalInt.of(343));
        assertThat(id.criticalTemperatureKelvin()).isEqualTo(OptionalInt.of(353));
        assertThat(data.get(IdentifyControllerData.OFFSET_MEC)).isEqualTo(1);
        assertThat(data.get(IdentifyControllerData.OFFSET_CNTLID)).isEqualTo(NvmeMiResponder.CONTROLLER_ID);
    }

    @Test
    void identifyControllerHonoursDataOffsetAndLength() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        Bytes whole = ((IdentifyControllerResponse) exchange(responder, new IdentifyControllerRequest(0, 0, 0, 4096), thermal(samsung, 24), 0)).data();

        Bytes window = ((IdentifyControllerResponse) exchange(responder, new IdentifyControllerRequest(1, 0, 264, 8), thermal(samsung, 24), 0)).data();

        assertThat(window).isEqualTo(whole.slice(264, 272));
    }

    // libnvme PR #779: some drives reject Identify Controller with a non-zero CNTID
    @Test
    void quirkyDriveRejectsNonZeroControllerIdWithInvalidParameter() {
        NvmeMiResponder responder = new NvmeMiResponder(quirky, 400_000);
        NvmeMiResponder plain = new NvmeMiResponder(samsung, 100_000);

        MiResponse rejected = exchange(responder, new IdentifyControllerRequest(0, 1, 0, 72), thermal(quirky, 24), 0);
        MiResponse accepted = exchange(responder, new IdentifyControllerRequest(0, 0, 0, 72), thermal(quirky, 24), 0);
        MiResponse other = exchange(plain, new IdentifyControllerRequest(0, 1, 0, 72), thermal(samsung, 24), 0);

        assertThat(rejected.status()).isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(ControllerIdentity.parse(((IdentifyControllerResponse) accepted).data()).pciVendorId()).isEqualTo(0x1d0f);
        assertThat(other).isInstanceOf(IdentifyControllerResponse.class);
    }

    @Test
    void dataStructuresDescribeTwoPortsAndOneController() {
        NvmeMiResponder responder = new NvmeMiResponder(quirky, 400_000);
        ThermalModel t = thermal(quirky, 24);

        DataStructure subsystem = ((ReadDataStructureResponse) exchange(responder,
                new ReadDataStructureRequest(0, DataStructureType.SUBSYSTEM_INFORMATION, 0, 0), t, 0)).structure();
        DataStructure smbus = ((ReadDataStructureResponse) exchange(responder,
                new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 1, 0), t, 0)).structure();
        DataStructure controllers = ((ReadDataStructureResponse) exchange(responder,
                new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_LIST, 0, 0), t, 0)).structure();
        MiResponse noPort = exchange(responder, new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, 7, 0), t, 0);
        DataStructure controller = ((ReadDataStructureResponse) exchange(responder, new ReadDataStructureRequest(0,
                DataStructureType.CONTROLLER_INFORMATION, 0, NvmeMiResponder.CONTROLLER_ID), t, 0)).structure();
        MiResponse noController = exchange(responder,
                new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_INFORMATION, 0, 7), t, 0);

        assertThat(subsystem).isEqualTo(new DataStructure.SubsystemInfo(1, 1, 2));
        assertThat(smbus).isInstanceOfSatisfying(DataStructure.PortInfo.class, p -> {
            assertThat(p.portType()).isEqualTo(DataStructure.PortInfo.TYPE_SMBUS);
            assertThat(p.details()).isEqualTo(new DataStructure.SmbusPort(0x53 << 1, 1, 0x1f << 1, 2, false));
        });
        assertThat(controllers).isEqualTo(new DataStructure.ControllerList(List.of(NvmeMiResponder.CONTROLLER_ID)));
        // the PCI vendor id is readable here even where Identify Controller is refused
        assertThat(controller).isEqualTo(new DataStructure.ControllerInfo(0, true, 0x1f << 8, 0x1d0f, 0, 0x1d0f, 0));
        assertThat(noController).isInstanceOfSatisfying(ErrorResponse.class,
                e -> assertThat(e.status()).isEqualTo(MiStatus.INVALID_PARAMETER));
        assertThat(noPort.status()).isEqualTo(MiStatus.INVALID_PARAMETER);
    }

    @Test
    void vpdReadReturnsAnIpmiFruProductArea() {
        NvmeMiResponder responder = new NvmeMiResponder(quirky, 400_000);

        Bytes vpd = ((VpdReadResponse) exchange(responder, new VpdReadRequest(0, 0, 256), thermal(quirky, 24), 0)).data();
        Bytes tail = ((VpdReadResponse) exchange(responder, new VpdReadRequest(0, 8, 16), thermal(quirky, 24), 0)).data();

        FruInfo fru = FruCodec.parse(vpd);
        assertThat(fru.problems()).isEmpty();
        ProductInfo p = fru.product().orElseThrow();
        assertThat(p.manufacturer().trimmed()).isEqualTo("ACME Storage");
        assertThat(p.productName().trimmed()).isEqualTo("ACME DC1500 3.84TB");
        assertThat(p.partNumber().trimmed()).isEqualTo("DC1500-3T8-U2");
        assertThat(p.serialNumber().trimmed()).isEqualTo("AC15D2A0097731");
        assertThat(p.version().trimmed()).isEqualTo("1.4.2");
        assertThat(tail).isEqualTo(vpd.slice(8, 24));
    }

    @Test
    void vpdReadBeyondTheEepromIsAnInvalidParameter() {
        NvmeMiResponder responder = new NvmeMiResponder(quirky, 400_000);

        MiResponse r = exchange(responder, new VpdReadRequest(0, 200, 100), thermal(quirky, 24), 0);

        assertThat(r.status()).isEqualTo(MiStatus.INVALID_PARAMETER);
    }

    @Test
    void unknownOpcodeAnswersInvalidCommandOpcode() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        MiRequest reset = new MiCommandRequest(0, MiOpcode.RESET, 0, 0, Bytes.EMPTY);

        MiResponse r = exchange(responder, reset, thermal(samsung, 24), 0);

        assertThat(r).isInstanceOf(ErrorResponse.class);
        assertThat(r.status()).isEqualTo(MiStatus.INVALID_COMMAND_OPCODE);
        assertThat(r.status().code()).isEqualTo(0x03);
    }

    // NVMe-MI 1.2 §5.3: CTEMP in Kelvin, CWARN active-high, one entry for the drive's one controller
    @Test
    void controllerHealthPollReportsTheControllerInKelvin() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel thermal = thermal(samsung, 24);
        long celsius = Math.round(thermal.temperatureAt(300 * SECOND));

        MiResponse r = exchange(responder, ControllerHealthStatusPollRequest.all(0), thermal, 300 * SECOND);

        List<ControllerHealth> entries = ((ControllerHealthStatusPollResponse) r).entries();
        assertThat(entries).hasSize(1);
        ControllerHealth c = entries.get(0);
        assertThat(c.controllerId()).isEqualTo(NvmeMiResponder.CONTROLLER_ID);
        assertThat(c.temperatureKelvin()).isEqualTo(celsius + 273);
        assertThat(c.temperatureCelsius()).isEqualTo(celsius);
        assertThat(c.percentageUsed()).isEqualTo(3);
        assertThat(c.availableSpare()).isEqualTo(NvmeMiResponder.AVAILABLE_SPARE);
        assertThat(c.ready()).isTrue();
        assertThat(c.criticalWarnings()).isZero();
    }

    @Test
    void controllerHealthPollSelectsByStartIdIncludeFlagsAndMaxEntries() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel thermal = thermal(samsung, 24);
        int incf = ControllerHealthStatusPollRequest.INCLUDE_PCI_FUNCTIONS;

        assertThat(entries(responder, new ControllerHealthStatusPollRequest(0, 2, 255, incf, true, 0, false), thermal, 0)).isEmpty();
        assertThat(entries(responder, new ControllerHealthStatusPollRequest(0, 0, 255, 0, true, 0, false), thermal, 0)).isEmpty();
        assertThat(entries(responder, new ControllerHealthStatusPollRequest(0, 0, 0, incf, true, 0, false), thermal, 0)).isEmpty();
        assertThat(entries(responder, new ControllerHealthStatusPollRequest(0, 1, 1, incf, true, 0, false), thermal, 0)).hasSize(1);
    }

    @Test
    void controllerHealthPollWithoutAllReportsOnlySelectedChangesUntilCleared() {
        NvmeMiResponder responder = new NvmeMiResponder(samsung, 100_000);
        ThermalModel thermal = thermal(samsung, 24);
        int incf = ControllerHealthStatusPollRequest.INCLUDE_PCI_FUNCTIONS;
        ControllerHealthStatusPollRequest temperatureChanges = new ControllerHealthStatusPollRequest(0, 0, 255, incf, false,
                ControllerHealthStatusPollRequest.FILTER_CTEMP, false);
        ControllerHealthStatusPollRequest spareChanges = new ControllerHealthStatusPollRequest(0, 0, 255, incf, false,
                ControllerHealthStatusPollRequest.FILTER_SPARE, false);

        assertThat(entries(responder, temperatureChanges, thermal, 0)).isEmpty(); // first look: nothing changed yet
        List<ControllerHealth> warmed = entries(responder, spareChanges, thermal, 60 * SECOND);
        List<ControllerHealth> changed = entries(responder, temperatureChanges, thermal, 60 * SECOND);
        List<ControllerHealth> clearing = entries(responder, ControllerHealthStatusPollRequest.all(0).clearing(), thermal, 60 * SECOND);
        List<ControllerHealth> after = entries(responder, temperatureChanges, thermal, 60 * SECOND);

        assertThat(warmed).isEmpty();
        assertThat(changed).singleElement().satisfies(c -> assertThat(c.isChanged(ControllerHealth.CHANGED_CTEMP)).isTrue());
        assertThat(clearing).singleElement().satisfies(c -> assertThat(c.isChanged(ControllerHealth.CHANGED_CTEMP)).isTrue());
        assertThat(after).isEmpty();
    }

    private static List<ControllerHealth> entries(NvmeMiResponder responder, ControllerHealthStatusPollRequest poll,
                                                  ThermalModel thermal, long nanos) {
        return ((ControllerHealthStatusPollResponse) exchange(responder, poll, thermal, nanos)).entries();
    }
}
