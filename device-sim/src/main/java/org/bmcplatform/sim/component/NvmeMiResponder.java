package org.bmcplatform.sim.component;

import java.util.Optional;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.profiles.ipmifru.FruCodec;
import org.bmcplatform.profiles.ipmifru.FruField;
import org.bmcplatform.profiles.ipmifru.FruInfo;
import org.bmcplatform.profiles.ipmifru.ProductInfo;
import org.bmcplatform.profiles.nvmemi.AdminCommandRequest;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealth;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.DataStructure;
import org.bmcplatform.profiles.nvmemi.DataStructureType;
import org.bmcplatform.profiles.nvmemi.ErrorResponse;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureRequest;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureResponse;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.bmcplatform.profiles.nvmemi.SmbusFrequency;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.profiles.nvmemi.VpdReadRequest;
import org.bmcplatform.profiles.nvmemi.VpdReadResponse;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementBlock;
import org.bmcplatform.profiles.nvmemi.basic.DriveIdentity;
import org.bmcplatform.profiles.nvmemi.basic.DriveStatus;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.thermal.ThermalModel;

/**
 * The NVMe-MI management endpoint of a simulated drive (NVMe-MI 1.2 §5, §6; device-protocols.md §2):
 * answers decoded requests with response records from its thermal model and identity. Subsystem Health
 * Status Poll, Controller Health Status Poll (its one controller), Configuration Get/Set
 * ({@link DriveConfiguration}), Read NVMe-MI Data Structure (subsystem, port, controller list),
 * Identify Controller (DOFF/DLEN honoured), VPD Read (IPMI FRU product area). Other MI or admin
 * opcodes answer Invalid Command Opcode. Keeps the composite controller status change bits and the
 * controller's changed flags between polls. Also the drive's Basic Management Command blocks (NVMe-MI 1.2
 * Appendix A): the same live status, and the identity, without touching the MI change tracking.
 */
final class NvmeMiResponder {
    /** The single controller of the drive. */
    static final int CONTROLLER_ID = 1;
    /** NVMe-MI 1.2. */
    static final int MI_MAJOR = 1;
    static final int MI_MINOR = 2;
    /** Two ports: PCIe (0) and SMBus (1); NUMP is 0-based. */
    static final int PORT_PCIE = 0;
    static final int PORT_SMBUS = 1;
    /** MCTP transmission unit of the PCIe port (baseline 64, NVMe-MI 1.2 §4.2.1); the sim has no PCIe VDM. */
    static final int MCTP_TRANSMISSION_UNIT = 64;
    /** Largest MCTP transmission unit of the SMBus port: the drive's binding takes 254-byte packets (DSP0237). */
    static final int SMBUS_MAX_TRANSMISSION_UNIT = SmbusBinding.MAX_MTU - 4;
    /** Available spare the controller reports, percent. */
    static final int AVAILABLE_SPARE = 100;
    /** The FRU EEPROM the VPD lives in (phosphor-nvme reads 256 bytes at 0x53). */
    static final int VPD_SIZE = 256;
    static final int VPD_ADDRESS = 0x53;
    /** CCS bits (NVMe-MI 1.2 Figure "NVM Subsystem Health Data Structure"). */
    static final int CCS_RDY = 1;
    static final int CCS_CTEMP_CHANGED = 1 << 9;
    static final int CCS_PDLU_CHANGED = 1 << 10;
    static final int CCS_CRITICAL_WARNING_CHANGED = 1 << 12;

    private final NvmeDriveSpec spec;
    private final int busClockHz;
    private final Bytes identify;
    private final Bytes vpd;
    private int changed;
    private int lastTemperatureRaw = -1;
    private int lastPercentageUsed = -1;
    private int lastWarnings = -1;
    private final DriveConfiguration configuration;
    private int controllerChanged;
    private ControllerHealth lastController;

    NvmeMiResponder(NvmeDriveSpec spec, int busClockHz) {
        this.spec = spec;
        this.busClockHz = busClockHz;
        this.identify = IdentifyControllerData.build(spec.identity(), spec.thermal(), CONTROLLER_ID);
        this.vpd = vpdImage(spec);
        this.configuration = new DriveConfiguration(new int[] {MCTP_TRANSMISSION_UNIT, SMBUS_MAX_TRANSMISSION_UNIT},
                PORT_SMBUS, new SmbusFrequency(smbusFrequencyCode()));
    }

    /** The MCTP transmission unit size configured on the SMBus port (what the drive's packets carry). */
    synchronized int smbusTransmissionUnit() {
        return configuration.transmissionUnit(PORT_SMBUS);
    }

    /** The answer to one request, given the drive's thermal state at the time it is handled. */
    synchronized MiResponse answer(MiRequest request, ThermalModel thermal, long nanos) {
        if (request instanceof HealthStatusPollRequest poll) {
            return healthPoll(poll, thermal, nanos);
        }
        if (request instanceof ControllerHealthStatusPollRequest poll) {
            return controllerHealthPoll(poll, thermal, nanos);
        }
        if (request instanceof ConfigurationGetRequest get) {
            return configuration.get(get);
        }
        if (request instanceof ConfigurationSetRequest set) {
            return configuration.set(set, mask -> changed &= ~mask);
        }
        if (request instanceof ReadDataStructureRequest read) {
            return readDataStructure(read);
        }
        if (request instanceof IdentifyControllerRequest identifyRequest) {
            return identifyController(identifyRequest);
        }
        if (request instanceof VpdReadRequest read) {
            if (read.offset() + read.length() > VPD_SIZE) {
                return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
            }
            return new VpdReadResponse(read.csi(), vpd.slice(read.offset(), read.offset() + read.length()));
        }
        if (request instanceof AdminCommandRequest admin && admin.opcode() == 0x06) {
            // Identify with another CNS, or a DOFF/DLEN window outside the 4 KiB structure
            return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
        }
        return ErrorResponse.of(request, MiStatus.INVALID_COMMAND_OPCODE);
    }

    /**
     * The Basic Management block at {@code commandCode} (0x00 status, 0x08 VID and serial), or empty for a command
     * code the drive does not answer. Status: ready, functional, reset not required, port 0 link up (bit 7, SMBus
     * arbitration, is not modelled: 0); SMART warnings and CTEMP as the health poll reports them; PDLU.
     */
    Optional<BasicManagementBlock> basicManagement(int commandCode, ThermalModel thermal, long nanos) {
        if (commandCode == DriveStatus.COMMAND_CODE) {
            double celsius = thermal.temperatureAt(nanos);
            int percentageUsed = (int) Math.min(255, Math.floor(thermal.wearAt(nanos)));
            int flags = DriveStatus.DRIVE_FUNCTIONAL | DriveStatus.RESET_NOT_REQUIRED | DriveStatus.PORT0_LINK_ACTIVE;
            return Optional.of(DriveStatus.of(flags, smartWarnings(thermal, celsius),
                    CompositeTemperature.ofCelsius((int) Math.round(celsius)), percentageUsed));
        }
        if (commandCode == DriveIdentity.COMMAND_CODE) {
            return Optional.of(DriveIdentity.of(spec.identity().vendorId(), spec.identity().serial()));
        }
        return Optional.empty();
    }

    private static SmartWarnings smartWarnings(ThermalModel thermal, double celsius) {
        return SmartWarnings.ofConditions(celsius > thermal.parameters().warningCelsius() ? SmartWarnings.TEMPERATURE_OUT_OF_RANGE : 0);
    }

    private MiResponse healthPoll(HealthStatusPollRequest poll, ThermalModel thermal, long nanos) {
        double celsius = thermal.temperatureAt(nanos);
        int percentageUsed = (int) Math.min(255, Math.floor(thermal.wearAt(nanos)));
        CompositeTemperature ctemp = spec.quirks().contains(NvmeDriveSpec.QUIRK_CTEMP_CONTROLLER_ONLY)
                ? CompositeTemperature.noData() : CompositeTemperature.ofCelsius((int) Math.round(celsius));
        SmartWarnings warnings = smartWarnings(thermal, celsius);
        trackChanges(ctemp.raw(), percentageUsed, warnings.raw());
        int nss = SubsystemHealth.NSS_DRIVE_FUNCTIONAL | SubsystemHealth.NSS_RESET_NOT_REQUIRED
                | SubsystemHealth.NSS_PORT0_LINK_ACTIVE;
        SubsystemHealth health = new SubsystemHealth(nss, warnings, ctemp, percentageUsed, CCS_RDY | changed);
        if (poll.clearStatus()) {
            changed = 0;
        }
        return new HealthStatusPollResponse(poll.csi(), health);
    }

    /**
     * NVMe-MI 1.2 §5.3: the one controller is a PCI function, reported when INCF is set, its ID is at
     * least SCTLID, MAXRENT allows an entry, and ALL is set or one of its changed flags is selected.
     * CCF clears the flags of what was reported.
     */
    private MiResponse controllerHealthPoll(ControllerHealthStatusPollRequest poll, ThermalModel thermal, long nanos) {
        double celsius = thermal.temperatureAt(nanos);
        int kelvin = Math.max(0, (int) Math.round(celsius) + ControllerHealth.KELVIN_OFFSET);
        int percentageUsed = (int) Math.min(255, Math.floor(thermal.wearAt(nanos)));
        int cwarn = celsius > thermal.parameters().warningCelsius() ? ControllerHealth.CWARN_TEMPERATURE : 0;
        ControllerHealth now = new ControllerHealth(CONTROLLER_ID, ControllerHealth.CSTS_READY, kelvin, percentageUsed,
                AVAILABLE_SPARE, cwarn, 0);
        if (lastController != null) {
            controllerChanged |= (now.status() ^ lastController.status()) & ControllerHealth.CHANGED_CSTS_MASK;
            controllerChanged |= now.temperatureKelvin() != lastController.temperatureKelvin() ? ControllerHealth.CHANGED_CTEMP : 0;
            controllerChanged |= now.percentageUsed() != lastController.percentageUsed() ? ControllerHealth.CHANGED_PDLU : 0;
            controllerChanged |= now.availableSpare() != lastController.availableSpare() ? ControllerHealth.CHANGED_SPARE : 0;
            controllerChanged |= now.criticalWarnings() != lastController.criticalWarnings() ? ControllerHealth.CHANGED_CWARN : 0;
        }
        lastController = now;
        boolean included = (poll.includeFlags() & ControllerHealthStatusPollRequest.INCLUDE_PCI_FUNCTIONS) != 0
                && CONTROLLER_ID >= poll.startControllerId() && poll.maxEntries() > 0
                && (poll.reportAll() || (controllerChanged & selectedFlags(poll.changedFilters())) != 0);
        if (!included) {
            return new ControllerHealthStatusPollResponse(poll.csi(), List.of());
        }
        ControllerHealth reported = new ControllerHealth(CONTROLLER_ID, now.status(), kelvin, percentageUsed,
                AVAILABLE_SPARE, cwarn, controllerChanged);
        if (poll.clearChangedFlags()) {
            controllerChanged = 0;
        }
        return new ControllerHealthStatusPollResponse(poll.csi(), List.of(reported));
    }

    /** The changed flags a request's NMD1 filters select. */
    private static int selectedFlags(int filters) {
        int flags = 0;
        flags |= (filters & ControllerHealthStatusPollRequest.FILTER_CSTS) != 0 ? ControllerHealth.CHANGED_CSTS_MASK : 0;
        flags |= (filters & ControllerHealthStatusPollRequest.FILTER_CTEMP) != 0 ? ControllerHealth.CHANGED_CTEMP : 0;
        flags |= (filters & ControllerHealthStatusPollRequest.FILTER_PDLU) != 0 ? ControllerHealth.CHANGED_PDLU : 0;
        flags |= (filters & ControllerHealthStatusPollRequest.FILTER_SPARE) != 0 ? ControllerHealth.CHANGED_SPARE : 0;
        flags |= (filters & ControllerHealthStatusPollRequest.FILTER_CWARN) != 0 ? ControllerHealth.CHANGED_CWARN : 0;
        return flags;
    }

    /** Sets the sticky CCS change bits for values that differ from the previous poll. */
    private void trackChanges(int temperatureRaw, int percentageUsed, int warnings) {
        if (lastTemperatureRaw >= 0 && temperatureRaw != lastTemperatureRaw) {
            changed |= CCS_CTEMP_CHANGED;
        }
        if (lastPercentageUsed >= 0 && percentageUsed != lastPercentageUsed) {
            changed |= CCS_PDLU_CHANGED;
        }
        if (lastWarnings >= 0 && warnings != lastWarnings) {
            changed |= CCS_CRITICAL_WARNING_CHANGED;
        }
        lastTemperatureRaw = temperatureRaw;
        lastPercentageUsed = percentageUsed;
        lastWarnings = warnings;
    }

    private MiResponse readDataStructure(ReadDataStructureRequest read) {
        DataStructureType type = read.type();
        if (type.equals(DataStructureType.SUBSYSTEM_INFORMATION)) {
            return new ReadDataStructureResponse(read.csi(), new DataStructure.SubsystemInfo(1, MI_MAJOR, MI_MINOR));
        }
        if (type.equals(DataStructureType.PORT_INFORMATION)) {
            if (read.portId() == PORT_PCIE) {
                // PCIe Gen4 x4: MPS 256 B (code 1), supported 2.5-16 GT/s (bits 0-3), current 16 GT/s (4)
                return new ReadDataStructureResponse(read.csi(), new DataStructure.PortInfo(DataStructure.PortInfo.TYPE_PCIE,
                        0, MCTP_TRANSMISSION_UNIT, 0, new DataStructure.PciePort(1, 0x0F, 4, 4, 4, 0)));
            }
            if (read.portId() == PORT_SMBUS) {
                int frequency = smbusFrequencyCode();
                return new ReadDataStructureResponse(read.csi(), new DataStructure.PortInfo(DataStructure.PortInfo.TYPE_SMBUS,
                        0, SMBUS_MAX_TRANSMISSION_UNIT, 0,
                        new DataStructure.SmbusPort(VPD_ADDRESS << 1, 1, spec.address() << 1, frequency, false)));
            }
            return ErrorResponse.of(read, MiStatus.INVALID_PARAMETER);
        }
        if (type.equals(DataStructureType.CONTROLLER_LIST)) {
            return new ReadDataStructureResponse(read.csi(), new DataStructure.ControllerList(List.of(CONTROLLER_ID)));
        }
        if (type.equals(DataStructureType.CONTROLLER_INFORMATION) && read.controllerId() == CONTROLLER_ID) {
            // NVMe-MI 1.2 Figure 40: on the PCIe port, routing id = the drive's bus number (the slot's
            // SMBus address stands in for it) device 0 function 0. The board file carries no PCI
            // device or subsystem id, so those read as 0 (not reported).
            return new ReadDataStructureResponse(read.csi(), new DataStructure.ControllerInfo(PORT_PCIE, true,
                    spec.address() << 8, spec.identity().vendorId(), 0, spec.identity().vendorId(), 0));
        }
        return ErrorResponse.of(read, MiStatus.INVALID_PARAMETER);
    }

    private MiResponse identifyController(IdentifyControllerRequest request) {
        if (request.controllerId() != 0 && spec.hasQuirk(NvmeDriveSpec.QUIRK_REJECTS_NONZERO_CNTID)) {
            return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
        }
        Bytes window = identify.slice(request.dataOffset(), request.dataOffset() + request.dataLength());
        return new IdentifyControllerResponse(request.csi(), 0, 0, 0, window);
    }

    /** NVMe-MI 1.2 Configuration Identifier 0x01 encoding: 1 = 100 kHz, 2 = 400 kHz, 3 = 1 MHz. */
    private int smbusFrequencyCode() {
        if (busClockHz >= 1_000_000) {
            return 3;
        }
        return busClockHz >= 400_000 ? 2 : 1;
    }

    /** The FRU image: common header + product info area, zero-filled to the EEPROM size. */
    static Bytes vpdImage(NvmeDriveSpec spec) {
        var id = spec.identity();
        ProductInfo product = new ProductInfo(0, FruField.text(id.manufacturer()), FruField.text(id.model()),
                FruField.text(id.partNumber()), FruField.text(id.firmware()), FruField.text(id.serial()),
                FruField.EMPTY, FruField.EMPTY, List.of());
        Bytes image = FruCodec.encode(FruInfo.of(null, product));
        byte[] eeprom = new byte[VPD_SIZE];
        image.copyTo(eeprom, 0);
        return Bytes.wrap(eeprom);
    }
}
