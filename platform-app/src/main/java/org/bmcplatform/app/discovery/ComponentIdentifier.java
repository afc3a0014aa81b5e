package org.bmcplatform.app.discovery;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** The profile (if any matched), the asset facts identification read, and the whole identification (PDRs). */
    record Identified(Optional<DeviceProfile> profile, Map<String, String> assets, Identification identification) {

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
            return CompletableFuture.completedFuture(new Identified(Optional.empty(), Map.of(),
                    new Identification(Map.of(), List.of())));
        }
        return identifyWith(bus, endpoint, generic.get()).thenCompose(first -> {
            DeviceProfile specific = catalog.match(facts.withIdentity(first)).orElse(generic.get());
            if (specific.id().equals(generic.get().id())) {
                return CompletableFuture.completedFuture(new Identified(Optional.of(specific), first.assets(), first));
            }
            // a vendor profile may ask differently (its quirks): identify again with it, keeping
            // what the generic pass read where the vendor pass reads nothing
            return identifyWith(bus, endpoint, specific).thenApply(second -> {
                Map<String, String> assets = new LinkedHashMap<>(first.assets());
                assets.putAll(second.assets());
                return new Identified(Optional.of(specific), assets, second);
            });
        });
    }

    private CompletableFuture<Identification> identifyWith(Bus bus, DiscoveredEndpoint endpoint, DeviceProfile profile) {
        return bus.lane().submit(() -> engine.identify(profile, endpoint.network(), endpoint.eid()));
    }
}
