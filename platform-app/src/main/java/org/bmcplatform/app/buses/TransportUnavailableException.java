package org.bmcplatform.app.buses;

/** The configured MCTP transport cannot start on this system (e.g. a kernel without AF_MCTP). */
public class TransportUnavailableException extends RuntimeException {

    TransportUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
