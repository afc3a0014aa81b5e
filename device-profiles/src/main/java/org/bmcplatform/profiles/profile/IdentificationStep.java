package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The commands a profile may run to identify a device (NVMe-MI, PLDM, NC-SI, or the Basic Management Command), in
 * the order the profile lists them.
 */
public enum IdentificationStep {
    /** Read NVMe-MI Data Structure DTYP 0 (NVMe-MI 1.2 §5.7): nvmeMiVersion. */
    SUBSYSTEM_INFO("subsystem-info"),
    /** Read NVMe-MI Data Structure DTYP 2: the first controller id addresses later steps. */
    CONTROLLER_LIST("controller-list"),
    /** Read NVMe-MI Data Structure DTYP 3: vendorId (PCI VID). */
    CONTROLLER_INFO("controller-info"),
    /** Admin Identify Controller through MI (NVMe-MI 1.2 §6): serialNumber, model, firmwareRevision, vendorId. */
    IDENTIFY_CONTROLLER("identify-controller"),
    /** VPD Read (NVMe-MI 1.2 §5.10) of the IPMI FRU image: manufacturer, productName, partNumber, serialNumber. */
    VPD_READ("vpd-read"),
    /** PLDM GetTID and GetPLDMTypes (DSP0240): pldmTid, pldmTypes. */
    PLDM_TERMINUS("pldm-terminus"),
    /** Walk the PDR repository with GetPDR (DSP0248): the sensors that pldm.numeric-sensor sources choose from. */
    PLDM_PDRS("pldm-pdrs"),
    /**
     * EventMessageSupported then SetEventReceiver (DSP0248 §16): the terminus sends its events (PlatformEventMessage,
     * asynchronously) to the platform's EID; pldmEvents.
     */
    PLDM_EVENTS("pldm-events"),
    /** FRU Record Table (DSP0257) record of the terminus's own entity: manufacturer, model, partNumber, serialNumber. */
    PLDM_FRU("pldm-fru"),
    /** NC-SI Get Version ID (DSP0222): ncsiVersion, firmwareName, firmwareRevision, vendorId, deviceId, manufacturerIana. */
    NCSI_VERSION("ncsi-version"),
    /** NC-SI Get Capabilities: ncsiChannels, the number of ports {@code ports: {channels: auto}} polls. */
    NCSI_CAPABILITIES("ncsi-capabilities"),
    /** NC-SI Get Package UUID: packageUuid. */
    NCSI_PACKAGE_UUID("ncsi-package-uuid"),
    /**
     * NC-SI AEN Enable (DSP0222 §8.4.12) of Link Status Change on every channel, after ncsi-capabilities: the NIC then
     * sends each link change to the platform at once (DSP0261); ncsiAens lists what was enabled.
     */
    NCSI_AEN_ENABLE("ncsi-aen-enable"),
    /** Basic Management block at command code 0x08 (NVMe-MI 1.2 Appendix A): vendorId, serialNumber. */
    BASIC_IDENTITY("basic-identity");

    private final String yamlName;

    IdentificationStep(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Whether the step is a Basic Management block read (SMBus) rather than an MCTP request. */
    public boolean isBasicManagement() {
        return this == BASIC_IDENTITY;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<IdentificationStep> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
