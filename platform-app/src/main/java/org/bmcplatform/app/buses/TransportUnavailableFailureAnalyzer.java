package org.bmcplatform.app.buses;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the MCTP transport cannot start, in one message, instead of a stack trace. */
class TransportUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<TransportUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TransportUnavailableException cause) {
        return new FailureAnalysis("The MCTP transport cannot start: " + cause.getMessage(),
                "Run with the platform's own MCTP stack (bmc.mctp.transport=java, the default) on the board file's buses, "
                        + "or on a Linux kernel with MCTP (CONFIG_MCTP, 5.15 or later) and mctpd managing the links.",
                cause);
    }
}
