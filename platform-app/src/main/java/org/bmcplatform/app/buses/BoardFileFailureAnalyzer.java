package org.bmcplatform.app.buses;

import org.bmcplatform.sim.board.BoardFileException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a bad board file's file, line and field instead of a stack trace. */
class BoardFileFailureAnalyzer extends AbstractFailureAnalyzer<BoardFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BoardFileException cause) {
        return new FailureAnalysis("The board file cannot be used: " + cause.getMessage(),
                "Fix that line of the board file (device-sim/BOARD-FILE.md describes every field), "
                        + "or unset bmc.board to run the built-in default board.", cause);
    }
}
