package org.bmcplatform.profiles.profile;

import java.util.Arrays;
import java.util.Optional;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.profiles.nvmemi.basic.DriveStatus;

/**
 * Conditions a profile maps to a severity, read from the NVM Subsystem Health Data Structure (NVMe-MI 1.2 §5.6)
 * or from the Basic Management status block (NVMe-MI 1.2 Appendix A: status flags and the same SMART warnings).
 * {@code controller-fatal} exists only in the former, {@code drive-not-ready} only in the latter.
 */
public enum HealthCondition {
    SPARE_BELOW_THRESHOLD("spare-below-threshold", "available spare below threshold"),
    TEMPERATURE_OUT_OF_RANGE("temperature-out-of-range", "temperature outside the warning range"),
    RELIABILITY_DEGRADED("reliability-degraded", "NVM subsystem reliability degraded"),
    MEDIA_READ_ONLY("media-read-only", "media placed in read-only mode"),
    VOLATILE_BACKUP_FAILED("volatile-backup-failed", "volatile memory backup failed"),
    PMR_READ_ONLY("pmr-read-only", "persistent memory region read-only"),
    DRIVE_NOT_FUNCTIONAL("drive-not-functional", "drive not functional (NSS DF clear)"),
    CONTROLLER_FATAL("controller-fatal", "controller fatal status (CCS CFS set)"),
    DRIVE_NOT_READY("drive-not-ready", "drive not ready (basic management status flags bit 6 set)");

    private final String yamlName;
    private final String description;

    HealthCondition(String yamlName, String description) {
        this.yamlName = yamlName;
        this.description = description;
    }

    public String yamlName() {
        return yamlName;
    }

    public String description() {
        return description;
    }

    public static Optional<HealthCondition> fromYaml(String name) {
        return Arrays.stream(values()).filter(s -> s.yamlName.equals(name)).findFirst();
    }

    /** Whether the Basic Management status block reports the condition ({@code controller-fatal}: it cannot). */
    public boolean appliesToBasicManagement() {
        return this != CONTROLLER_FATAL;
    }

    /** Whether the NVM Subsystem Health Data Structure reports the condition ({@code drive-not-ready}: it cannot). */
    public boolean appliesToNvmeMi() {
        return this != DRIVE_NOT_READY;
    }

    /** Whether the condition is present in a Basic Management status block. */
    public boolean isPresent(DriveStatus s) {
        switch (this) {
            case DRIVE_NOT_READY: return (s.flags() & DriveStatus.DRIVE_NOT_READY) != 0;
            case DRIVE_NOT_FUNCTIONAL: return (s.flags() & DriveStatus.DRIVE_FUNCTIONAL) == 0;
            case CONTROLLER_FATAL: return false;
            default: return isPresent(s.warnings());
        }
    }

    /** Whether the condition is present in a health poll answer. */
    public boolean isPresent(SubsystemHealth h) {
        switch (this) {
            case DRIVE_NOT_FUNCTIONAL: return !h.driveFunctional();
            case CONTROLLER_FATAL: return h.controllerFatal();
            case DRIVE_NOT_READY: return false;
            default: return isPresent(h.warnings());
        }
    }

    private boolean isPresent(SmartWarnings w) {
        switch (this) {
            case SPARE_BELOW_THRESHOLD: return w.isPresent(SmartWarnings.SPARE_BELOW_THRESHOLD);
            case TEMPERATURE_OUT_OF_RANGE: return w.isPresent(SmartWarnings.TEMPERATURE_OUT_OF_RANGE);
            case RELIABILITY_DEGRADED: return w.isPresent(SmartWarnings.RELIABILITY_DEGRADED);
            case MEDIA_READ_ONLY: return w.isPresent(SmartWarnings.MEDIA_READ_ONLY);
            case VOLATILE_BACKUP_FAILED: return w.isPresent(SmartWarnings.VOLATILE_BACKUP_FAILED);
            case PMR_READ_ONLY: return w.isPresent(SmartWarnings.PMR_READ_ONLY);
            default: return false;
        }
    }
}
