package org.bmcplatform.app.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The endpoints table: upsert by UUID after each setup, mark absent when lost; announces changes. */
@Service
public class EndpointRegistry {
    private final EndpointRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EndpointRegistry(EndpointRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The endpoint row and whether this setup created it. */
    record Upsert(Endpoint endpoint, boolean created) {
    }

    @Transactional
    Upsert seen(EndpointFacts facts) {
        Instant now = clock.instant();
        Optional<Endpoint> known = repository.findByUuid(facts.uuid());
        if (known.isEmpty()) {
            Endpoint e = repository.save(new Endpoint(facts, now));
            announce(e, null, true, now);
            return new Upsert(e, true);
        }
        Endpoint e = known.get();
        int previousEid = e.getEid();
        boolean wasAbsent = e.getState() == EndpointState.ABSENT;
        e.seen(facts, now);
        if (wasAbsent || previousEid != e.getEid()) {
            announce(e, previousEid != e.getEid() ? previousEid : null, false, now);
        }
        return new Upsert(e, false);
    }

    @Transactional
    void lost(UUID uuid) {
        repository.findByUuid(uuid).ifPresent(e -> {
            Instant now = clock.instant();
            if (e.lost(now)) {
                announce(e, null, false, now);
            }
        });
    }

    @Transactional(readOnly = true)
    public List<Endpoint> all() {
        return repository.findAllByOrderByNetworkAscEidAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Endpoint> find(Long id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /** The endpoint that holds {@code eid} on {@code network} now (a message's source), if it is known and available. */
    @Transactional(readOnly = true)
    public Optional<Endpoint> findAvailable(int network, int eid) {
        return repository.findByNetworkAndEidAndState(network, eid, EndpointState.AVAILABLE);
    }

    private void announce(Endpoint e, Integer previousEid, boolean created, Instant now) {
        events.publishEvent(new EndpointChanged(e.getUuid(), e.getNetwork(), e.getEid(), previousEid,
                e.getInterfaceName(), e.getPhysicalAddress(), e.getState(), created, now));
    }
}
