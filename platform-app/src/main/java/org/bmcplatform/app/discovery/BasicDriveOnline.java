package org.bmcplatform.app.discovery;

import org.bmcplatform.profiles.profile.BasicManagementTarget;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.sim.board.BasicManagementSpec;

/**
 * A drive answers the NVMe Basic Management Command at an address its bus lists: just discovered, rediscovered,
 * or back after a re-probe. Health polling starts (or resumes) reading its status block through {@code target}.
 */
public record BasicDriveOnline(long componentId, String busName, BasicManagementSpec at, DeviceProfile profile,
                               BasicManagementTarget target) {
}
