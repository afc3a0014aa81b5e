package org.bmcplatform.profiles.profile;

import java.util.Locale;

/** What kind of component a profile describes. */
public enum ComponentClass {
    DRIVE, NIC, HBA, UNKNOWN;

    /** The YAML spelling: {@code drive}, {@code nic}, {@code hba}, {@code unknown}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
