package org.bmcplatform.sim.pldm;

import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;

/**
 * Where a terminus sends its events after SetEventReceiver (DSP0248 §16.1): the receiver's EID from the request's
 * eventReceiverAddressInfo, and the request itself (network, interface and physical address it came from), when the
 * terminus was asked through its MCTP stack, so the device can route its PlatformEventMessage back.
 */
public record EventReceiver(EndpointId eid, Optional<IncomingRequest> via) {
    public EventReceiver {
        if (eid == null || via == null) {
            throw new IllegalArgumentException("eid and via are required (Optional.empty() when not known)");
        }
    }
}
