package org.bmcplatform.app.buses;

import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;

/** A bus whose real backend could not be opened at start: names the board file, the bus and the backend's reason. */
public class BusUnavailableException extends RuntimeException {
    private final String busName;

    BusUnavailableException(BoardSpec board, BusSpec bus, RuntimeException cause) {
        super(board.source() + ": bus " + bus.name() + " (" + bus.binding() + ", backend " + bus.backend() + "): "
                + cause.getMessage(), cause);
        this.busName = bus.name();
    }

    public String busName() {
        return busName;
    }
}
