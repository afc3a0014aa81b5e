package org.bmcplatform.profiles.profile;

import java.util.Map;
import java.util.Set;
import org.bmcplatform.mctp.MessageType;

/**
 * What is known about an endpoint when choosing a profile: its message types and, after identification, its
 * assets; or, for a drive read with the NVMe Basic Management Command ({@code basicManagement}), no message types.
 */
public record EndpointFacts(Set<MessageType> messageTypes, Map<String, String> identity, boolean basicManagement) {
    public EndpointFacts {
        messageTypes = Set.copyOf(messageTypes);
        identity = Map.copyOf(identity);
    }

    /** An MCTP endpoint. */
    public EndpointFacts(Set<MessageType> messageTypes, Map<String, String> identity) {
        this(messageTypes, identity, false);
    }

    public static EndpointFacts of(Set<MessageType> messageTypes) {
        return new EndpointFacts(messageTypes, Map.of());
    }

    /** A drive that answers the Basic Management Command at an SMBus address (no MCTP endpoint). */
    public static EndpointFacts basicManagementDrive() {
        return new EndpointFacts(Set.of(), Map.of(), true);
    }

    public EndpointFacts withIdentity(Identification identification) {
        return new EndpointFacts(messageTypes, identification.assets(), basicManagement);
    }
}
