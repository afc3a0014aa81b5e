package org.bmcplatform.app;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter the API cannot use; the problem detail names the parameter and what it expects. */
public class InvalidParameterException extends ErrorResponseException {

    public InvalidParameterException(String parameter, String value, String expected) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, value, expected), null);
    }

    private static ProblemDetail problem(String parameter, String value, String expected) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + parameter + "' must be " + expected + "; was '" + value + "'");
        p.setTitle("Invalid parameter");
        p.setProperty("parameter", parameter);
        return p;
    }
}
