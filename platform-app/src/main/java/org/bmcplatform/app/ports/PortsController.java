package org.bmcplatform.app.ports;

import java.time.Instant;
import java.util.List;
import org.bmcplatform.app.inventory.Inventory;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/components/{id}/ports and /ports/{port}/history: a NIC's ports (with their latest packet counters) and the
 * changes of one port's link; POST /ports/counters/read to read the counters now.
 */
@RestController
@RequestMapping("/api/components/{id}/ports")
public class PortsController {
    private static final int MAX_HISTORY = 1000;

    private final PortStates states;
    private final PortChangeRepository changes;
    private final Inventory inventory;

    PortsController(PortStates states, PortChangeRepository changes, Inventory inventory) {
        this.states = states;
        this.changes = changes;
        this.inventory = inventory;
    }

    /**
     * {@code duplex} and {@code detail} are absent when not known / nothing to say; {@code counters} when the NIC's
     * packet counters were never read (its profile reads none, or the NIC does not keep them).
     */
    public record PortView(int port, String link, long speedMbps, String duplex, boolean autonegotiation, String detail,
                           Instant since, Instant seenAt, CountersView counters) {
    }

    /**
     * A port's latest packet counters (NC-SI Get Controller Packet Statistics) as the NIC counts them since its last
     * reset; {@code counterBits} 32 (NC-SI 1.0, every counter wraps at 2^32) or 64.
     */
    public record CountersView(long rxBytes, long txBytes, long rxPackets, long txPackets, long rxFcsErrors,
                               long rxAlignmentErrors, long rxRuntPackets, long rxJabberPackets, long rxFalseCarrier,
                               long txLateCollisions, long txExcessiveCollisions, long rxPauseXoff, int counterBits,
                               Instant readAt) {
    }

    public record ChangeView(Instant at, String link, long speedMbps) {
    }

    @GetMapping
    List<PortView> ports(@PathVariable long id) {
        inventory.require(id);
        return states.of(id);
    }

    /**
     * POST /api/components/{id}/ports/counters/read: reads the NIC's packet counters at its next poll, now, instead
     * of waiting for its profile's statistics interval (a profile without statistics reads none). 202; 400 when
     * the component has no ports.
     */
    @PostMapping("/counters/read")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void readCounters(@PathVariable long id) {
        inventory.require(id);
        if (states.of(id).isEmpty()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Component " + id
                    + " has no ports whose counters could be read; only a NIC polled with a profile that has ports does");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
        }
        states.readCountersNow(id);
    }

    @GetMapping("/{port}/history")
    List<ChangeView> history(@PathVariable long id, @PathVariable int port, @RequestParam(defaultValue = "100") int limit) {
        inventory.require(id);
        if (limit < 1 || limit > MAX_HISTORY) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "limit must be 1.." + MAX_HISTORY + ", was " + limit);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, p, null);
        }
        if (states.of(id).stream().noneMatch(p -> p.port() == port)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Component " + id + " has no port " + port
                    + "; list its ports with GET /api/components/" + id + "/ports");
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, p, null);
        }
        return changes.findByComponentIdAndPortOrderByChangedAtDescIdDesc(id, port, Limit.of(limit)).stream()
                .map(PortChange::view).toList();
    }
}
