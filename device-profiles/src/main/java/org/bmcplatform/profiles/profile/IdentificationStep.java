package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/** The NVMe-MI commands a profile may run to identify a device, in the order the profile lists them. */
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
    VPD_READ("vpd-read");

    private final String yamlName;

    IdentificationStep(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<IdentificationStep> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }
}
