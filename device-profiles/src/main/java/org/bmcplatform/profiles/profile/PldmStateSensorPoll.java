package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsRequest;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsResponse;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.StateSensorField;

/**
 * Reads a profile's {@code pldm.state-sensor} sensors with GetStateSensorReadings (DSP0248 §18.7), one after
 * another: the reading is the present state of the chosen composite sensor, trusted only when it is enabled
 * (like a numeric sensor: a failed one makes the verdict at least WARNING). A composite sensor of DSP0249 state set
 * 1 (Health State) judges the component as platform-mc's health state sensors do: normal is OK, the non-critical
 * states WARNING, critical and fatal CRITICAL (the worst verdict there is); the warning names the state, e.g.
 * {@code controllerHealth: upper critical}. Other state sets are recorded, not judged.
 */
final class PldmStateSensorPoll {
    /** No rearm of event states: reading must not change what the terminus reports (sensorRearm bits 0). */
    private static final int NO_REARM = 0;

    private final List<SensorSpec> sensors;
    private final PdrRepository pdrs;
    private final Predicate<EntityId> within;
    private final PldmExchange exchange;
    private final HealthPoll verdict;
    private final List<String> warnings;

    /** @param within which entities' state sensors the sensors choose from (all, or one contained entity) */
    PldmStateSensorPoll(List<SensorSpec> sensors, PdrRepository pdrs, Predicate<EntityId> within, PldmExchange exchange,
                        HealthPoll verdict, List<String> warnings) {
        this.sensors = sensors;
        this.pdrs = pdrs;
        this.within = within;
        this.exchange = exchange;
        this.verdict = verdict;
        this.warnings = warnings;
    }

    CompletableFuture<Void> read() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (SensorSpec sensor : sensors) {
            if (sensor.source() != SensorSource.PLDM_STATE_SENSOR) {
                continue;
            }
            Optional<PdrSelector.StateSensorChoice> choice = sensor.select().chooseState(pdrs, within);
            if (choice.isEmpty()) {
                warnings.add(sensor.name() + ": no state sensor in the terminus's " + pdrs.stateSensors().size()
                        + " state sensor PDR(s) matches the profile's select" + (pdrs.records().isEmpty()
                        ? "; the profile must walk the PDRs (identification step pldm-pdrs)" : ""));
                continue;
            }
            chain = chain.thenCompose(v -> read(sensor, choice.get()));
        }
        return chain;
    }

    private CompletableFuture<Void> read(SensorSpec sensor, PdrSelector.StateSensorChoice choice) {
        int id = choice.pdr().sensorId();
        String what = sensor.name() + ": GetStateSensorReadings sensor " + id;
        return exchange.ask(iid -> new GetStateSensorReadingsRequest(iid, id, NO_REARM), GetStateSensorReadingsResponse.class,
                what, warnings).thenAccept(r -> r.ifPresent(reading -> record(sensor, choice, reading)));
    }

    private void record(SensorSpec sensor, PdrSelector.StateSensorChoice choice, GetStateSensorReadingsResponse r) {
        int id = choice.pdr().sensorId();
        if (r.fields().size() != choice.pdr().compositeSensors().size()) {
            warnings.add(String.format("%s: sensor %d answered %d composite sensor(s), its PDR declares %d", sensor.name(), id,
                    r.fields().size(), choice.pdr().compositeSensors().size()));
            if (choice.offset() >= r.fields().size()) {
                return;
            }
        }
        StateSensorField field = r.fields().get(choice.offset());
        if (!field.operationalState().equals(SensorOperationalState.ENABLED)) {
            warnings.add(sensor.name() + ": sensor " + id + " is " + field.operationalState() + "; no value");
            if (field.operationalState().equals(SensorOperationalState.FAILED)) {
                verdict.worsen(HealthStatus.WARNING, sensor.name() + ": the terminus reports the sensor failed");
            }
            return;
        }
        verdict.add(new Reading(sensor.name(), sensor.convert(field.presentState()), sensor.unit()), Optional.empty());
        if (choice.stateSetId() == HealthState.STATE_SET_ID) {
            judge(sensor, field.presentState());
        }
    }

    private void judge(SensorSpec sensor, int value) {
        Optional<HealthState> state = HealthState.of(value);
        if (state.isEmpty()) {
            verdict.worsen(HealthStatus.WARNING, sensor.name() + ": health state " + value + ", which DSP0249 state set 1 does not define");
            return;
        }
        HealthState s = state.get();
        if (s == HealthState.NORMAL) {
            return;
        }
        verdict.worsen(s.isNonCritical() ? HealthStatus.WARNING : HealthStatus.CRITICAL, sensor.name() + ": " + s.label());
    }
}
