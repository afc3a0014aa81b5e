package org.bmcplatform.app.buses;

import java.util.Map;
import org.bmcplatform.sim.component.SimComponent;
import org.bmcplatform.sim.fault.FaultPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET, PUT and DELETE /api/simulation/components/{simId}/faults: a simulated component's fault plan
 * (device-sim/BOARD-FILE.md "faults"), on the virtual board only. PUT replaces the plan; its
 * {@code from}/{@code until} count from then.
 */
@RestController
@RequestMapping("/api/simulation/components/{simId}/faults")
class FaultsController {
    private final SimulatedComponents components;

    FaultsController(LiveBoard board) {
        this.components = new SimulatedComponents(board);
    }

    @GetMapping
    FaultPlanJson.PlanView get(@PathVariable String simId) {
        return FaultPlanJson.view(component(simId));
    }

    @PutMapping
    FaultPlanJson.PlanView put(@PathVariable String simId, @RequestBody Map<String, Object> body) {
        SimComponent c = component(simId);
        FaultPlan plan;
        try {
            plan = FaultPlanJson.parse(body, FaultPlan.seedFor(simId));
        } catch (IllegalArgumentException e) {
            throw SimulatedComponents.problem(HttpStatus.BAD_REQUEST, "Invalid fault plan", e.getMessage() + "; " + FaultPlanJson.WHAT_TO_SEND);
        }
        c.faults().apply(plan);
        return FaultPlanJson.view(c);
    }

    @DeleteMapping
    FaultPlanJson.PlanView clear(@PathVariable String simId) {
        SimComponent c = component(simId);
        c.faults().clear();
        return FaultPlanJson.view(c);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a JSON object; " + FaultPlanJson.WHAT_TO_SEND);
        p.setTitle("Invalid fault plan");
        return p;
    }

    private SimComponent component(String simId) {
        return components.find(simId, "faults exist only on simulated components");
    }
}
