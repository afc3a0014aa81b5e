package org.bmcplatform.app.discovery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.profiles.profile.ComponentClass;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.EndpointFacts;
import org.bmcplatform.profiles.profile.Identification;
import org.bmcplatform.profiles.profile.ProfileCatalog;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.springframework.stereotype.Component;

/**
 * Picks the device profile for an endpoint and runs its identification: first by the message types
 * the endpoint supports, then again with the identity it read, so a vendor profile (quirks) wins
 * over the generic one.
 */
@Component
class ComponentIdentifier {
    private final ProfileCatalog catalog;
    private final ProfileEngine engine;

    ComponentIdentifier(ProfileCatalog catalog, ProfileEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The profile (if any matched) and the asset facts identification read. */
    record Identified(Optional<DeviceProfile> profile, Map<String, String> assets) {

        String componentClass() {
            return profile.map(p -> p.componentClass().name()).orElse(ComponentClass.UNKNOWN.name());
        }

        String profileId() {
            return profile.map(DeviceProfile::id).orElse(null);
        }
    }

    CompletableFuture<Identified> identify(Bus bus, DiscoveredEndpoint endpoint) {
        EndpointFacts facts = EndpointFacts.of(endpoint.messageTypes());
        Optional<DeviceProfile> generic = catalog.match(facts);
        if (generic.isEmpty()) {
            return CompletableFuture.completedFuture(new Identified(Optional.empty(), Map.of()));
        }
        return bus.lane().<Identification>submit(() -> engine.identify(generic.get(), endpoint.network(), endpoint.eid()))
                .thenApply(id -> {
                    Optional<DeviceProfile> specific = catalog.match(facts.withIdentity(id)).or(() -> generic);
                    return new Identified(specific, id.assets());
                });
    }
}
