package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;

/** Named vendor deviations a profile may switch on (ARCHITECTURE.md: quirks are data). */
public enum Quirk {
    /**
     * Send controller id 0 in Identify Controller whatever the controller list says: some drives
     * reject CNS 1 with a non-zero controller id although the spec says to ignore it (libnvme #779).
     */
    IDENTIFY_CNTID_ZERO("identify-cntid-zero");

    private final String yamlName;

    Quirk(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Quirk> fromYaml(String name) {
        return Arrays.stream(values()).filter(q -> q.yamlName.equals(name)).findFirst();
    }
}
