package org.bmcplatform.profiles.nvmemi;

import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Response data of Read NVMe-MI Data Structure (NVMe-MI 1.2 §5.7), one record per DTYP. */
public sealed interface DataStructure {

    /** Largest controller list: NVMe controller lists hold at most 2047 identifiers (NVMe 2.0 §5.17.2.1). */
    int MAX_CONTROLLERS = 2047;

    DataStructureType type();

    /**
     * NVM Subsystem Information, 32 bytes (NVMe-MI 1.2 Figure "NVM Subsystem Information Data
     * Structure"): NUMP (0-based number of ports), MJR, MNR.
     */
    record SubsystemInfo(int numberOfPortsMinusOne, int majorVersion, int minorVersion) implements DataStructure {
        public SubsystemInfo {
            checkByte(numberOfPortsMinusOne, "NUMP");
            checkByte(majorVersion, "MJR");
            checkByte(minorVersion, "MNR");
        }

        public int portCount() {
            return numberOfPortsMinusOne + 1;
        }

        @Override
        public DataStructureType type() {
            return DataStructureType.SUBSYSTEM_INFORMATION;
        }
    }

    /**
     * Port Information, 32 bytes (NVMe-MI 1.2 Figure "Port Information Data Structure"): PRTTYP,
     * PRTCAP, MMTUS, MEBS, then 24 bytes specific to the port type.
     */
    record PortInfo(int portType, int capabilities, int maxMctpTransmissionUnit, long mebSize,
                    PortDetails details) implements DataStructure {
        public static final int TYPE_INACTIVE = 0;
        public static final int TYPE_PCIE = 1;
        public static final int TYPE_SMBUS = 2;

        public PortInfo {
            checkByte(portType, "PRTTYP");
            checkByte(capabilities, "PRTCAP");
            if (maxMctpTransmissionUnit < 0 || maxMctpTransmissionUnit > 0xFFFF) {
                throw new IllegalArgumentException("MMTUS is 16 bits, was " + maxMctpTransmissionUnit);
            }
            if (mebSize < 0 || mebSize > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("MEBS is 32 bits, was " + mebSize);
            }
            if (details == null) {
                throw new IllegalArgumentException("details are required");
            }
            if (details instanceof PciePort && portType != TYPE_PCIE || details instanceof SmbusPort && portType != TYPE_SMBUS) {
                throw new IllegalArgumentException("port details do not match port type " + portType);
            }
        }

        @Override
        public DataStructureType type() {
            return DataStructureType.PORT_INFORMATION;
        }
    }

    /** Port-type-specific bytes 8..31 of Port Information. */
    sealed interface PortDetails {
    }

    /** PCIe port: MPS, SLS (supported speeds), CLS (current speed), MLW, NLW, PN. */
    record PciePort(int maxPayloadSize, int supportedSpeeds, int currentSpeed, int maxLinkWidth,
                    int negotiatedLinkWidth, int portNumber) implements PortDetails {
        public PciePort {
            checkByte(maxPayloadSize, "MPS");
            checkByte(supportedSpeeds, "SLS");
            checkByte(currentSpeed, "CLS");
            checkByte(maxLinkWidth, "MLW");
            checkByte(negotiatedLinkWidth, "NLW");
            checkByte(portNumber, "PN");
        }
    }

    /** SMBus/I2C port: VPD address, max VPD frequency, ME address, max ME frequency, NVMe Basic Management. */
    record SmbusPort(int vpdAddress, int maxVpdFrequency, int managementEndpointAddress, int maxManagementEndpointFrequency,
                     boolean basicManagementSupported) implements PortDetails {
        public SmbusPort {
            checkByte(vpdAddress, "VPD address");
            checkByte(maxVpdFrequency, "MVPDFREQ");
            checkByte(managementEndpointAddress, "ME address");
            checkByte(maxManagementEndpointFrequency, "MMEFREQ");
        }
    }

    /** Any other port type (inactive or unknown): the 24 bytes as sent. */
    record OtherPort(Bytes raw) implements PortDetails {
        public OtherPort {
            if (raw == null || raw.length() != 24) {
                throw new IllegalArgumentException("port details are 24 bytes");
            }
        }
    }

    /**
     * Controller Information, 32 bytes (NVMe-MI 1.2 Figure "Controller Information Data Structure"):
     * PORTID, PRII (bit 0 = PCIe routing id valid), PRI (bus/device/function), PCI VID, DID, SSVID, SSID.
     */
    record ControllerInfo(int portId, boolean routingIdValid, int routingId, int vendorId, int deviceId,
                          int subsystemVendorId, int subsystemId) implements DataStructure {
        public ControllerInfo {
            checkByte(portId, "PORTID");
            for (int v : new int[] {routingId, vendorId, deviceId, subsystemVendorId, subsystemId}) {
                if (v < 0 || v > 0xFFFF) {
                    throw new IllegalArgumentException("PRI, VID, DID, SSVID and SSID are 16 bits, was " + v);
                }
            }
        }

        @Override
        public DataStructureType type() {
            return DataStructureType.CONTROLLER_INFORMATION;
        }
    }

    /** Controller List: a count then that many 16-bit controller identifiers (NVMe 2.0 §5.17.2.1). */
    record ControllerList(List<Integer> controllerIds) implements DataStructure {
        public ControllerList {
            controllerIds = List.copyOf(controllerIds);
            if (controllerIds.size() > MAX_CONTROLLERS) {
                throw new IllegalArgumentException("at most " + MAX_CONTROLLERS + " controllers, was " + controllerIds.size());
            }
            for (int id : controllerIds) {
                if (id < 0 || id > 0xFFFF) {
                    throw new IllegalArgumentException("controller id is 16 bits, was " + id);
                }
            }
        }

        @Override
        public DataStructureType type() {
            return DataStructureType.CONTROLLER_LIST;
        }
    }

    /** Any other data structure type, as sent. */
    record Raw(DataStructureType type, Bytes data) implements DataStructure {
        public Raw {
            if (type == null || data == null) {
                throw new IllegalArgumentException("type and data are required");
            }
        }
    }

    private static void checkByte(int v, String field) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(field + " is one byte, was " + v);
        }
    }
}
