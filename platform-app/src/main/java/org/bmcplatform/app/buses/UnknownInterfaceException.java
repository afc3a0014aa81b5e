package org.bmcplatform.app.buses;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A REST request named an MCTP interface the board does not have (answered as an RFC 9457 problem, 404). */
public class UnknownInterfaceException extends ErrorResponseException {

    UnknownInterfaceException(String name, List<String> known) {
        super(HttpStatus.NOT_FOUND, problem(name, known), null);
    }

    private static ProblemDetail problem(String name, List<String> known) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No interface '" + name + "'; "
                + (known.isEmpty() ? "the platform has no MCTP interfaces of its own (with bmc.mctp.transport=kernel the"
                + " kernel's are managed with `mctp link`)" : "the interfaces are " + String.join(", ", known))
                + " (GET /api/interfaces lists them)");
        p.setTitle("Unknown interface");
        p.setProperty("interfaces", known);
        return p;
    }
}
