package org.bmcplatform.app.api;

import org.bmcplatform.mctp.MctpException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API returns is an RFC 9457 problem detail whose {@code detail} says what to do.
 * Feature exceptions that carry their own problem ({@link org.springframework.web.ErrorResponseException})
 * pass through the base class unchanged; this adds the MCTP failures and bad path or query values.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** No answer from a device or a local stack failure (STYLE.md rule 29): 504 for a timeout, else 503. */
    @ExceptionHandler(MctpException.class)
    ProblemDetail mctp(MctpException e) {
        HttpStatus status = e.reason() == MctpException.Reason.TIMEOUT ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage() + "; " + e.reason().advice());
        p.setTitle("MCTP " + e.reason().name().toLowerCase().replace('_', ' '));
        p.setProperty("reason", e.reason().name());
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = "id".equals(name)
                ? "a component id, a number such as 42; list them with GET /api/components"
                : "a " + (ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName().toLowerCase())
                        + " (see the API table in docs/DESIGN.md)";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + name + "' must be " + expected + "; was '" + ex.getValue() + "'");
        p.setTitle("Invalid parameter");
        p.setProperty("parameter", name);
        return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
    }
}
