package org.bmcplatform.app.buses;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints which bus could not be opened and why, instead of a stack trace. */
class BusUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<BusUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BusUnavailableException cause) {
        return new FailureAnalysis("A bus of the board cannot be opened: " + cause.getMessage(),
                "Make the device available (the message names what is missing), fix the bus's backend in the board file "
                        + "(device-sim/BOARD-FILE.md lists the backends), or unset bmc.board to run the built-in default board.",
                cause);
    }
}
