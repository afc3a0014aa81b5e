package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.profiles.nvmemi.ConfigurationGetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetResponse;
import org.bmcplatform.profiles.nvmemi.ConfigurationIdentifier;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetResponse;
import org.bmcplatform.profiles.nvmemi.DataStructure;
import org.bmcplatform.profiles.nvmemi.DataStructureType;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureRequest;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureResponse;
import org.bmcplatform.profiles.nvmemi.SmbusFrequency;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.thermal.ThermalModel;
import org.junit.jupiter.api.Test;

/** Configuration Get/Set on the simulated drive (NVMe-MI 1.2 §5.1, §5.2), through the codec both ways. */
class DriveConfigurationTest {
    private static final long SECOND = 1_000_000_000L;
    private final NvmeDriveSpec spec = BoardFile.loadDefault().drive("nvme0");
    private final NvmeMiResponder responder = new NvmeMiResponder(spec, 400_000);
    private final ThermalModel thermal = new ThermalModel(spec.thermal(), 24, spec.percentageUsed(), spec.seed(), 0);

    private MiResponse exchange(MiRequest request) {
        return exchange(request, 0);
    }

    private MiResponse exchange(MiRequest request, long nanos) {
        MiRequest received = NvmeMiCodec.decodeRequest(NvmeMiCodec.encode(request));
        return NvmeMiCodec.decodeResponse(NvmeMiCodec.encode(responder.answer(received, thermal, nanos)), request);
    }

    private int mtu(int port) {
        return ((ConfigurationGetResponse) exchange(new ConfigurationGetRequest(0, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, port)))
                .transmissionUnitSize();
    }

    @Test
    void everyPortStartsAtTheBaselineTransmissionUnit() {
        assertThat(mtu(NvmeMiResponder.PORT_PCIE)).isEqualTo(64);
        assertThat(mtu(NvmeMiResponder.PORT_SMBUS)).isEqualTo(64);
    }

    @Test
    void setTransmissionUnitChangesWhatGetReportsOnThatPortOnly() {
        MiResponse set = exchange(ConfigurationSetRequest.transmissionUnitSize(0, NvmeMiResponder.PORT_SMBUS, 128));

        assertThat(set).isEqualTo(ConfigurationSetResponse.success(0));
        assertThat(mtu(NvmeMiResponder.PORT_SMBUS)).isEqualTo(128);
        assertThat(mtu(NvmeMiResponder.PORT_PCIE)).isEqualTo(64);
        assertThat(responder.smbusTransmissionUnit()).isEqualTo(128);
    }

    // MTU-1 / MMTUS / MMTUS+1 on the SMBus port; the PCIe port only has the baseline
    @Test
    void transmissionUnitOutsideBaselineToMmtusIsAnInvalidParameter() {
        int smbus = NvmeMiResponder.PORT_SMBUS;
        assertThat(exchange(ConfigurationSetRequest.transmissionUnitSize(0, smbus, 63)).status()).isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(ConfigurationSetRequest.transmissionUnitSize(0, smbus, 251)).status()).isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(ConfigurationSetRequest.transmissionUnitSize(0, smbus, 250)).status()).isEqualTo(MiStatus.SUCCESS);
        assertThat(exchange(ConfigurationSetRequest.transmissionUnitSize(0, NvmeMiResponder.PORT_PCIE, 65)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(ConfigurationSetRequest.transmissionUnitSize(0, 2, 64)).status()).isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(mtu(smbus)).isEqualTo(250);
    }

    @Test
    void smbusPortInformationReportsTheMaximumTheDriveAccepts() {
        MiResponse r = exchange(new ReadDataStructureRequest(0, DataStructureType.PORT_INFORMATION, NvmeMiResponder.PORT_SMBUS, 0));

        DataStructure.PortInfo port = (DataStructure.PortInfo) ((ReadDataStructureResponse) r).structure();
        assertThat(port.maxMctpTransmissionUnit()).isEqualTo(NvmeMiResponder.SMBUS_MAX_TRANSMISSION_UNIT).isEqualTo(250);
    }

    @Test
    void frequencyStartsAtTheBusClockAndAcceptsOnlyWhatTheBusSupports() {
        ConfigurationGetRequest get = new ConfigurationGetRequest(0, ConfigurationIdentifier.SMBUS_I2C_FREQUENCY, NvmeMiResponder.PORT_SMBUS);
        assertThat(((ConfigurationGetResponse) exchange(get)).frequency()).isEqualTo(SmbusFrequency.KHZ_400);

        assertThat(exchange(ConfigurationSetRequest.smbusFrequency(0, NvmeMiResponder.PORT_SMBUS, SmbusFrequency.MHZ_1)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(ConfigurationSetRequest.smbusFrequency(0, NvmeMiResponder.PORT_SMBUS, SmbusFrequency.KHZ_100)).status())
                .isEqualTo(MiStatus.SUCCESS);
        assertThat(((ConfigurationGetResponse) exchange(get)).frequency()).isEqualTo(SmbusFrequency.KHZ_100);
        assertThat(exchange(ConfigurationSetRequest.smbusFrequency(0, NvmeMiResponder.PORT_PCIE, SmbusFrequency.KHZ_100)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
    }

    @Test
    void healthStatusChangeClearsTheSelectedCompositeControllerStatusBits() {
        exchange(new HealthStatusPollRequest(0, false), 0);
        int before = ((HealthStatusPollResponse) exchange(new HealthStatusPollRequest(0, false), 60 * SECOND)).health().controllerStatus();

        MiResponse set = exchange(ConfigurationSetRequest.healthStatusChange(0, NvmeMiResponder.CCS_CTEMP_CHANGED));
        int after = ((HealthStatusPollResponse) exchange(new HealthStatusPollRequest(0, false), 60 * SECOND)).health().controllerStatus();

        assertThat(before & NvmeMiResponder.CCS_CTEMP_CHANGED).isNotZero();
        assertThat(set.status()).isEqualTo(MiStatus.SUCCESS);
        assertThat(after & NvmeMiResponder.CCS_CTEMP_CHANGED).isZero();
        assertThat(after & NvmeMiResponder.CCS_RDY).isEqualTo(NvmeMiResponder.CCS_RDY);
    }

    @Test
    void identifiersTheDriveDoesNotImplementAreInvalidParameters() {
        assertThat(exchange(new ConfigurationGetRequest(0, ConfigurationIdentifier.HEALTH_STATUS_CHANGE, 0)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(new ConfigurationGetRequest(0, new ConfigurationIdentifier(0xC0), 0)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
        assertThat(exchange(new ConfigurationSetRequest(0, ConfigurationIdentifier.ASYNCHRONOUS_EVENTS, 0, 0, 0)).status())
                .isEqualTo(MiStatus.INVALID_PARAMETER);
    }
}
