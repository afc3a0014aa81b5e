package org.bmcplatform.app.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.bmcplatform.app.InvalidParameterException;
import org.bmcplatform.app.inventory.UnknownComponentException;
import org.bmcplatform.mctp.MctpException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsTest {
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiExceptionHandler())
            .build();

    @Test
    void unknownComponentIsA404ThatSaysHowToListComponents() throws Exception {
        mvc.perform(get("/components/42"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Unknown component"))
                .andExpect(jsonPath("$.detail").value("No component with id 42; list them with GET /api/components"));
    }

    @Test
    void badInstantIsA400NamingTheParameterAndTheExpectedFormat() throws Exception {
        mvc.perform(get("/readings").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.detail").value(
                        "Parameter 'from' must be an ISO-8601 instant in UTC such as 2026-11-22T01:00:00Z; was 'yesterday'"));
    }

    @Test
    void nonNumericComponentIdIsA400ThatSaysIdsAreNumbers() throws Exception {
        mvc.perform(get("/components/nvme0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "Parameter 'id' must be a component id, a number such as 42; list them with GET /api/components; was 'nvme0'"));
    }

    @Test
    void aDeviceThatDoesNotAnswerIsA504WithTheStacksAdvice() throws Exception {
        mvc.perform(get("/timeout"))
                .andExpect(status().isGatewayTimeout())
                .andExpect(jsonPath("$.reason").value("TIMEOUT"))
                .andExpect(jsonPath("$.detail").value(
                        "no response from EID 9; " + MctpException.Reason.TIMEOUT.advice()));
    }

    @RestController
    static class FailingController {

        @GetMapping("/components/{id}")
        String component(@PathVariable long id) {
            throw new UnknownComponentException(id);
        }

        @GetMapping("/readings")
        String readings(@RequestParam String from) {
            throw new InvalidParameterException("from", from, "an ISO-8601 instant in UTC such as 2026-11-22T01:00:00Z");
        }

        @GetMapping("/timeout")
        String timeout() {
            throw new MctpException(MctpException.Reason.TIMEOUT, "no response from EID 9");
        }
    }
}
