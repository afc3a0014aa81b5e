package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;

/** Where a control request goes: by physical address before an EID is assigned (DSP0236 §8.2), or by EID. */
public sealed interface ControlTarget {

    /** Destination EID 0 sent to a link address on one interface. */
    record Physical(String interfaceName, LinkAddress address) implements ControlTarget {
        public Physical {
            if (interfaceName == null || address == null) {
                throw new IllegalArgumentException("interfaceName and address must not be null");
            }
        }
    }

    /** Routed by EID within a network. */
    record Logical(int network, EndpointId eid) implements ControlTarget {
        public Logical {
            if (eid == null) {
                throw new IllegalArgumentException("eid must not be null");
            }
        }
    }
}
