package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.binding.smbus.SmbusBlockReader;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nvme/basic-management profile and the engine's basic-management path against a scripted SMBus: reads are the
 * hand-written vectors of src/test/resources/vectors/nvme-basic/independent.json (block layout from NVMe-MI 1.2
 * Appendix A, PEC = SMBus CRC-8 over 0xd4 cmd 0xd5 count data).
 */
class BasicManagementProfileTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** status-42c-pec: flags 0x38 (functional, reset not required, port 0 up), no warnings, 42 °C, 3 % used. */
    private static final Bytes HEALTHY = Bytes.fromHex("06 38 ff 2a 03 00 00 04");
    /** status-cold-worn-pec: SW bit 1 clear (temperature), CTEMP 0xc4 (-60 °C or below), PDLU 100. */
    private static final Bytes COLD_WORN = Bytes.fromHex("06 38 fd c4 64 00 00 b3");
    /** status-not-ready-no-pec: flags 0x40 (not ready, not functional), CTEMP 0x80 no data. */
    private static final Bytes NOT_READY = Bytes.fromHex("06 40 ff 80 00 00 00");
    /** status-bad-pec: status-42c-pec with the PEC off by one. */
    private static final Bytes BAD_PEC = Bytes.fromHex("06 38 ff 2a 03 00 00 05");
    /** identity-pec: VID 0x144d MSB first, serial "S4EVNX0R123456" space padded to 20. */
    private static final Bytes IDENTITY = Bytes.fromHex(
            "16 14 4d 53 34 45 56 4e 58 30 52 31 32 33 34 35 36 20 20 20 20 20 20 b7");

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final DeviceProfile profile = catalog.find("nvme/basic-management").orElseThrow();
    private final VirtualScheduler scheduler = new VirtualScheduler(T0);
    private final ProfileEngine engine = new ProfileEngine(new ScriptedPeer(1, EndpointId.of(20)), RequestOptions.DEFAULT, scheduler);
    private final ScriptedBus bus = new ScriptedBus();

    /** Answers block reads from a table by address and command code; NACKs the rest; logs what was asked. */
    private static final class ScriptedBus implements SmbusBlockReader {
        final Map<Integer, Bytes> blocks = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
            asked.add(String.format("0x%02x/0x%02x%s", address7, commandCode, pec ? "+pec" : ""));
            Bytes b = blocks.get(address7 << 8 | commandCode);
            return b == null ? CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED, "NACK"))
                    : CompletableFuture.completedFuture(b);
        }
    }

    private PollResult poll(Bytes status, boolean pec) {
        bus.blocks.put(0x6a00, status);
        CompletableFuture<PollResult> f = engine.pollBasic(profile, new BasicManagementTarget(bus, 0x6a, pec));
        assertThat(f).isDone();
        return f.join();
    }

    private static Map<String, Double> values(PollResult r) {
        Map<String, Double> m = new HashMap<>();
        r.readings().forEach(x -> m.put(x.sensor(), x.value()));
        return m;
    }

    @Test
    void catalogMatchesTheProfileOnlyForBasicManagementDrives() {
        assertThat(catalog.match(EndpointFacts.basicManagementDrive())).map(DeviceProfile::id).contains("nvme/basic-management");
        assertThat(catalog.match(EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.NVME_MI))))
                .map(DeviceProfile::id).contains("nvme/generic-nvme-mi");
        assertThat(profile.basicManagement()).isTrue();
        assertThat(catalog.find("nvme/generic-nvme-mi").orElseThrow().basicManagement()).isFalse();
    }

    @Test
    void identificationReadsVendorIdAndSerialFromBlock0x08() {
        bus.blocks.put(0x6a08, IDENTITY);

        Identification id = engine.identifyBasic(profile, new BasicManagementTarget(bus, 0x6a, true)).join();

        assertThat(id.assets()).containsExactlyInAnyOrderEntriesOf(Map.of("vendorId", "0x144d", "serialNumber", "S4EVNX0R123456"));
        assertThat(id.warnings()).isEmpty();
        assertThat(bus.asked).containsExactly("0x6a/0x08+pec");
    }

    @Test
    void healthyStatusBlockGivesTheReadingsAndOk() {
        PollResult r = poll(HEALTHY, true);

        assertThat(values(r)).containsExactlyInAnyOrderEntriesOf(Map.of("temperature", 42.0, "percentageUsed", 3.0,
                "criticalWarnings", 0.0));
        assertThat(r.status()).isEqualTo(HealthStatus.OK);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.at()).isEqualTo(T0);
        assertThat(bus.asked).containsExactly("0x6a/0x00+pec");
    }

    @Test
    void smartWarningAndWornOutDriveAreJudgedLikeTheMiProfile() {
        PollResult r = poll(COLD_WORN, true);

        assertThat(values(r)).containsEntry("temperature", -60.0).containsEntry("percentageUsed", 100.0)
                .containsEntry("criticalWarnings", 2.0);
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).contains("temperature outside the warning range",
                "temperature: at or below -60 °C, the bottom of the reporting range",
                "percentageUsed 100 % at or above the critical limit 100");
    }

    @Test
    void driveNotReadyIsCriticalAndItsReadingsAreLeftOut() {
        PollResult r = poll(NOT_READY, false);

        assertThat(r.readings()).isEmpty();
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).contains("drive not ready (basic management status flags bit 6 set)",
                "drive not functional (NSS DF clear)");
        assertThat(bus.asked).containsExactly("0x6a/0x00");
    }

    @Test
    void badPecIsAWarningAndUnknownHealthNotAFailure() {
        PollResult r = poll(BAD_PEC, true);

        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.readings()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().startsWith("status: ").contains("PEC").contains("carried 0x05, computed 0x04");
    }

    @Test
    void noAnswerFailsThePollWithTheBusException() {
        CompletableFuture<PollResult> f = engine.pollBasic(profile, new BasicManagementTarget(bus, 0x6b, true));

        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).hasRootCauseInstanceOf(MctpException.class);
    }

    @Test
    void mctpProfileIsRefusedOnTheBasicPath() {
        DeviceProfile mi = catalog.find("nvme/generic-nvme-mi").orElseThrow();

        assertThatThrownBy(() -> engine.pollBasic(mi, new BasicManagementTarget(bus, 0x6a, true)))
                .hasMessage("profile nvme/generic-nvme-mi is not a basic-management profile");
    }

    private static final String BASIC_HEAD = "id: test/basic\nname: Basic\nclass: drive\nmatch:\n  basic-management: true\n";
    private static final String MI_HEAD = "id: test/mi\nname: MI\nclass: drive\nmatch:\n  message-types: [nvme-mi]\n";

    @ParameterizedTest(name = "{1} at line {2}")
    @CsvSource(delimiter = '|', value = {
            "B|sensors: [{name: t, source: health.composite-temperature, unit: Cel}]  | sensors[0].source                 | 6",
            "B|identification: [identify-controller]                                | identification[0]                 | 6",
            "B|health: {conditions: {controller-fatal: critical}}                   | health.conditions.controller-fatal | 6",
            "B|ports: {source: ncsi.link-status}                                    | ports                             | 6",
            "M|sensors: [{name: t, source: basic.composite-temperature, unit: Cel}]  | sensors[0].source                 | 6",
            "M|identification: [basic-identity]                                     | identification[0]                 | 6",
            "M|health: {conditions: {drive-not-ready: critical}}                    | health.conditions.drive-not-ready | 6"})
    void stepsSourcesAndConditionsMustFitTheTransport(String head, String extra, String field, int line) {
        String yaml = (head.equals("B") ? BASIC_HEAD : MI_HEAD) + extra.strip() + "\n";

        assertThatThrownBy(() -> ProfileReader.read(new StringReader(yaml), "t.yaml"))
                .isInstanceOfSatisfying(ProfileFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).containsAnyOf("does not fit", "has no ports");
                });
    }

    @Test
    void basicManagementMatchHasNoMessageTypes() {
        String yaml = BASIC_HEAD + "  message-types: [nvme-mi]\n";

        assertThatThrownBy(() -> ProfileReader.read(new StringReader(yaml), "t.yaml"))
                .isInstanceOfSatisfying(ProfileFormatException.class, e -> assertThat(e.field()).isEqualTo("match.message-types"))
                .hasMessageContaining("a basic-management drive has no MCTP endpoint and no message types");
    }
}
