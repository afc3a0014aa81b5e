package org.bmcplatform.app.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A REST request named a component id that does not exist (answered as an RFC 9457 problem, 404). */
public class UnknownComponentException extends ErrorResponseException {

    public UnknownComponentException(long id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(long id) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No component with id " + id + "; list them with GET /api/components");
        p.setTitle("Unknown component");
        return p;
    }
}
