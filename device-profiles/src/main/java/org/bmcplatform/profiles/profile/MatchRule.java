package org.bmcplatform.profiles.profile;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bmcplatform.mctp.MessageType;

/**
 * When a profile applies: every listed MCTP message type is supported and every identity entry
 * (asset key to a regular expression matched against the whole value) matches. A basic-management rule
 * ({@code match: {basic-management: true}}) applies only to drives read with the NVMe Basic Management Command
 * (no MCTP endpoint, no message types), and an MCTP rule never to them.
 */
public record MatchRule(Set<MessageType> messageTypes, Map<String, Pattern> identity, boolean basicManagement) {
    public MatchRule {
        messageTypes = Set.copyOf(messageTypes);
        identity = Map.copyOf(identity);
        if (basicManagement && !messageTypes.isEmpty()) {
            throw new IllegalArgumentException("a basic-management rule has no MCTP message types");
        }
    }

    /** A rule for MCTP endpoints. */
    public MatchRule(Set<MessageType> messageTypes, Map<String, Pattern> identity) {
        this(messageTypes, identity, false);
    }

    public boolean matches(EndpointFacts facts) {
        if (basicManagement != facts.basicManagement() || !facts.messageTypes().containsAll(messageTypes)) {
            return false;
        }
        for (Map.Entry<String, Pattern> e : identity.entrySet()) {
            String value = facts.identity().get(e.getKey());
            if (value == null || !e.getValue().matcher(value).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The most specific matching rule wins: more identity entries first, then more message types (a NIC's
     * [ncsi, pldm] over a bare [pldm] terminus).
     */
    public int specificity() {
        return identity.size() * 256 + messageTypes.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchRule m && messageTypes.equals(m.messageTypes) && patterns().equals(m.patterns())
                && basicManagement == m.basicManagement;
    }

    @Override
    public int hashCode() {
        return (messageTypes.hashCode() * 31 + patterns().hashCode()) * 2 + (basicManagement ? 1 : 0);
    }

    private Map<String, String> patterns() {
        return identity.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().pattern()));
    }
}
