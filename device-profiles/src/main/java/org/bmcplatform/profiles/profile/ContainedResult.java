package org.bmcplatform.profiles.profile;

import java.util.List;
import org.bmcplatform.profiles.pldm.EntityId;

/** One contained component's part of a poll: its readings and the verdict on them. */
public record ContainedResult(EntityId entity, HealthStatus status, List<Reading> readings) {
    public ContainedResult {
        if (entity == null || status == null) {
            throw new IllegalArgumentException("entity and status are required");
        }
        readings = List.copyOf(readings);
    }
}
