package org.bmcplatform.app.discovery;

import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.Identification;

/**
 * A component answers on its bus: just discovered, rediscovered by a rescan, or back after a
 * re-probe (possibly with a new EID). Health polling starts or re-targets its poller on this, with
 * what identification read (a PLDM terminus's PDRs choose the sensors to poll) and the component ids of the
 * entities it contains (the drives behind an HBA), whose readings come with its polls.
 */
public record ComponentOnline(long componentId, String busName, int address, DiscoveredEndpoint endpoint,
                              Optional<DeviceProfile> profile, Identification identification, Map<EntityId, Long> contained) {
    public ComponentOnline {
        contained = Map.copyOf(contained);
    }
}
