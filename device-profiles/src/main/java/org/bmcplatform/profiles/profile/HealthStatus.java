package org.bmcplatform.profiles.profile;

/** Health of a component after a poll; UNKNOWN when the poll brought no usable answer. */
public enum HealthStatus {
    OK, WARNING, CRITICAL, UNKNOWN;

    /** The more severe of two statuses among OK, WARNING, CRITICAL; UNKNOWN yields to any known status. */
    public HealthStatus worse(HealthStatus other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN) {
            return this;
        }
        return other.ordinal() > ordinal() ? other : this;
    }
}
