package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.pldm.EntityAssociationPdr;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.GetStateSensorReadingsResponse;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PossibleStates;
import org.bmcplatform.profiles.pldm.SensorInit;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.StateSensorField;
import org.bmcplatform.profiles.pldm.StateSensorPdr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code pldm.state-sensor} sources against a scripted terminus: an I/O controller (145) with a composite state
 * sensor whose second composite sensor is DSP0249 state set 1 (Health State), and a drive behind it with a health
 * sensor of its own. GetStateSensorReadings (DSP0248 §18.7) request data: sensorID u16, sensorRearm bitfield8, reserved.
 */
class ProfileEngineStateSensorTest {
    private static final int NET = 1;
    private static final EndpointId EID = EndpointId.of(30);
    private static final EntityId CONTROLLER = new EntityId(145, 1, 0);
    private static final EntityId DRIVE = new EntityId(107, 1, 1);
    /** Sensor 2: composite offset 0 state set 11 (Operational Fault Status), offset 1 state set 1 (Health State). */
    private static final StateSensorPdr CONTROLLER_STATES = new StateSensorPdr(PdrHeader.of(1, 1), 1, 2, CONTROLLER,
            SensorInit.NO_INIT, false, List.of(PossibleStates.of(11, 1, 2), PossibleStates.of(HealthState.STATE_SET_ID, 1, 5, 7)));
    private static final StateSensorPdr DRIVE_HEALTH = new StateSensorPdr(PdrHeader.of(2, 1), 1, 0x40, DRIVE,
            SensorInit.NO_INIT, false, List.of(PossibleStates.of(HealthState.STATE_SET_ID, 1, 7)));
    private static final EntityAssociationPdr CONTAINS = new EntityAssociationPdr(PdrHeader.of(3, 1), 1,
            EntityAssociationPdr.LOGICAL, CONTROLLER, List.of(DRIVE));
    private static final Identification IDENTIFIED = new Identification(Map.of(), List.of(),
            new PdrRepository(List.of(DRIVE_HEALTH, CONTROLLER_STATES, CONTAINS)), Identification.NO_FRU);

    private static final String PROFILE = String.join("\n",
            "id: hba/state-test",
            "name: Test HBA",
            "class: hba",
            "match: { message-types: [pldm] }",
            "identification: [pldm-terminus, pldm-pdrs]",
            "sensors:",
            "  - name: controllerHealth",
            "    source: pldm.state-sensor",
            "    select: { state-set: 1, entity-types: [145, 68], top-level: true }",
            "");

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2026-01-01T00:00:00Z"));
    private final ScriptedPeer hba = new ScriptedPeer(NET, EID);
    private final ProfileEngine engine = new ProfileEngine(hba, RequestOptions.DEFAULT, scheduler);
    private final DeviceProfile profile = ProfileReader.read(new StringReader(PROFILE), "test.yaml");

    @AfterEach
    void scriptIsFollowedExactly() {
        assertThat(hba.mismatches()).isEmpty();
        assertThat(hba.remaining()).isZero();
    }

    private static <T> T done(CompletableFuture<T> f) {
        assertThat(f).isDone();
        return f.join();
    }

    /** Request: 01, Rq|IID 0 = 80, type 02, command 21, sensorID 2 = 02 00, no rearm 00, reserved 00. */
    private void controllerAnswers(SensorOperationalState op, int healthState) {
        hba.expect(Bytes.fromHex("01 80 02 21 02 00 00 00"), PldmCodec.encode(new GetStateSensorReadingsResponse(0, List.of(
                new StateSensorField(SensorOperationalState.ENABLED, 1, 1, 1),
                new StateSensorField(op, healthState, HealthState.NORMAL.value(), healthState)))));
    }

    @Test
    void anUpperCriticalHealthStateIsACriticalVerdictThatNamesTheState() {
        controllerAnswers(SensorOperationalState.ENABLED, HealthState.UPPER_CRITICAL.value());

        PollResult r = done(engine.poll(profile, IDENTIFIED, NET, EID));

        assertThat(r.readings()).containsExactly(new Reading("controllerHealth", 7, "1"));
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).containsExactly("controllerHealth: upper critical");
    }

    @Test
    void aNonCriticalHealthStateIsAWarningAndNormalIsOk() {
        controllerAnswers(SensorOperationalState.ENABLED, HealthState.LOWER_NON_CRITICAL.value());
        PollResult warning = done(engine.poll(profile, IDENTIFIED, NET, EID));
        assertThat(warning.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(warning.warnings()).containsExactly("controllerHealth: lower non-critical");

        hba.expect(Bytes.fromHex("01 81 02 21 02 00 00 00"), PldmCodec.encode(new GetStateSensorReadingsResponse(1, List.of(
                new StateSensorField(SensorOperationalState.ENABLED, 1, 1, 1),
                new StateSensorField(SensorOperationalState.ENABLED, 1, 6, 1)))));
        PollResult normal = done(engine.poll(profile, IDENTIFIED, NET, EID));
        assertThat(normal.status()).isEqualTo(HealthStatus.OK);
        assertThat(normal.readings()).containsExactly(new Reading("controllerHealth", 1, "1"));
        assertThat(normal.warnings()).isEmpty();
    }

    @Test
    void fatalIsCriticalAndAnUndefinedStateIsAWarning() {
        controllerAnswers(SensorOperationalState.ENABLED, HealthState.UPPER_FATAL.value());
        assertThat(done(engine.poll(profile, IDENTIFIED, NET, EID)).status()).isEqualTo(HealthStatus.CRITICAL);

        hba.expect(Bytes.fromHex("01 81 02 21 02 00 00 00"), PldmCodec.encode(new GetStateSensorReadingsResponse(1, List.of(
                new StateSensorField(SensorOperationalState.ENABLED, 1, 1, 1),
                new StateSensorField(SensorOperationalState.ENABLED, 42, 1, 42)))));
        PollResult undefined = done(engine.poll(profile, IDENTIFIED, NET, EID));
        assertThat(undefined.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(undefined.warnings()).singleElement().asString().contains("health state 42");
    }

    @Test
    void aSensorThatIsNotEnabledGivesNoReadingAndAWarning() {
        controllerAnswers(SensorOperationalState.UNAVAILABLE, 0);

        PollResult r = done(engine.poll(profile, IDENTIFIED, NET, EID));

        assertThat(r.readings()).isEmpty();
        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().contains("sensor 2 is").contains("no value");
    }

    @Test
    void healthStateValuesFollowStateSetOne() {
        assertThat(HealthState.values()).extracting(HealthState::value).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(HealthState.of(0)).isEmpty();
        assertThat(HealthState.of(11)).isEmpty();
        assertThat(HealthState.of(7)).hasValue(HealthState.UPPER_CRITICAL);
    }

    @Test
    void aBaseUnitOnAStateSensorAndAStateSetOnANumericSensorAreProfileErrors() {
        String unit = PROFILE.replace("state-set: 1,", "base-unit: degrees-c,");
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(unit), "x.yaml"))
                .hasMessageContaining("a state sensor has no base unit")
                .satisfies(e -> assertThat(((ProfileFormatException) e).field()).isEqualTo("sensors[0].select.base-unit"));
        String numeric = PROFILE.replace("source: pldm.state-sensor", "source: pldm.numeric-sensor\n    unit: Cel");
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(numeric), "x.yaml"))
                .hasMessageContaining("only a pldm.state-sensor source selects by state set")
                .satisfies(e -> assertThat(((ProfileFormatException) e).field()).isEqualTo("sensors[0].select.state-set"));
    }
}
