package org.bmcplatform.app.discovery;

import java.util.List;
import java.util.UUID;

/** What a successful endpoint setup told us, in the shape the endpoints table keeps. */
record EndpointFacts(UUID uuid, int network, int eid, String interfaceName, String physicalAddress,
                     List<String> messageTypes) {

    EndpointFacts {
        messageTypes = List.copyOf(messageTypes);
    }
}
