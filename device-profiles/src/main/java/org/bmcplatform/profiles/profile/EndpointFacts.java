package org.bmcplatform.profiles.profile;

import java.util.Map;
import java.util.Set;
import org.bmcplatform.mctp.MessageType;

/** What is known about an endpoint when choosing a profile: its message types and, after identification, its assets. */
public record EndpointFacts(Set<MessageType> messageTypes, Map<String, String> identity) {
    public EndpointFacts {
        messageTypes = Set.copyOf(messageTypes);
        identity = Map.copyOf(identity);
    }

    public static EndpointFacts of(Set<MessageType> messageTypes) {
        return new EndpointFacts(messageTypes, Map.of());
    }

    public EndpointFacts withIdentity(Identification identification) {
        return new EndpointFacts(messageTypes, identification.assets());
    }
}
