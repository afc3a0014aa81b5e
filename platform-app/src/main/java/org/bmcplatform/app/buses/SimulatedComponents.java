package org.bmcplatform.app.buses;

import java.util.stream.Collectors;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.component.SimComponent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Finds a simulated component for the simulation endpoints: 409 on a real board, 404 for an unknown id. */
final class SimulatedComponents {
    private final LiveBoard board;

    SimulatedComponents(LiveBoard board) {
        this.board = board;
    }

    SimComponent find(String simId, String onRealBoard) {
        VirtualBoard sim = board.simulation().orElseThrow(() -> problem(HttpStatus.CONFLICT, "Not a virtual board",
                "Board " + board.spec().name() + " runs real hardware; " + onRealBoard));
        return sim.findComponent(simId).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Unknown simulated component",
                "No simulated component '" + simId + "'; the board's components are "
                        + sim.components().stream().map(SimComponent::id).collect(Collectors.joining(", "))));
    }

    /** A simulated component of one kind (an HBA, a NIC): 404 naming the board's components of that kind otherwise. */
    <T extends SimComponent> T find(String simId, Class<T> type, String kind, String onRealBoard) {
        VirtualBoard sim = board.simulation().orElseThrow(() -> problem(HttpStatus.CONFLICT, "Not a virtual board",
                "Board " + board.spec().name() + " runs real hardware; " + onRealBoard));
        SimComponent c = sim.findComponent(simId).orElse(null);
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        throw problem(HttpStatus.NOT_FOUND, "Not a simulated " + kind, "No simulated " + kind + " '" + simId + "'; the board's "
                + kind + "s are " + sim.components().stream().filter(type::isInstance).map(SimComponent::id)
                .collect(Collectors.joining(", ")));
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return new ErrorResponseException(status, p, null);
    }
}
