package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bmcplatform.profiles.nvmemi.TestFrames.withMic;
import static org.bmcplatform.profiles.nvmemi.TestFrames.zeros;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.ipmifru.BoardInfo;
import org.bmcplatform.profiles.ipmifru.FruCodec;
import org.bmcplatform.profiles.ipmifru.FruField;
import org.bmcplatform.profiles.ipmifru.FruInfo;
import org.bmcplatform.profiles.ipmifru.ProductInfo;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.DataStructure;
import org.bmcplatform.profiles.nvmemi.ErrorResponse;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.MessageKind;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.ReadDataStructureResponse;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.profiles.nvmemi.VpdReadResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against a scripted drive. Expected requests are written by hand from NVMe-MI 1.2
 * (§5.6, §5.7, §5.10, §6) or taken from the independent vectors; replies are built with the codec.
 */
class ProfileEngineTest {
    private static final int NET = 1;
    private static final EndpointId EID = EndpointId.of(20);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    /** Vector shsp-req-cs0 (shared/vectors/nvme-mi.json). */
    private static final Bytes POLL = Bytes.fromHex("84 08 00 00 01 00 00 00 00 00 00 00 00 00 00 00 d2 d4 77 36");
    /** Vector shsp-rsp-42c: 42 °C, 3 % used, no warnings. */
    private static final Bytes HEALTHY = Bytes.fromHex("84 88 00 00 00 00 00 00 38 ff 2a 03 01 00 00 00 e4 4b 51 30");
    /** Reference §9.5: -5 °C, 100 % used, temperature warning bit. */
    private static final Bytes WORN_OUT = Bytes.fromHex("84 88 00 00 00 00 00 00 38 fd fb 64 01 02 00 00 de 26 87 16");
    /** Vector error-invalid-opcode: the short 12-byte error response. */
    private static final Bytes INVALID_OPCODE = Bytes.fromHex("84 88 00 00 03 00 00 00 1d dc 55 40");
    /** Vector bad-mic. */
    private static final Bytes BAD_MIC = Bytes.fromHex("84 88 00 00 00 00 00 00 38 ff 2a 03 01 00 00 00 e5 4b 51 30");

    private final ProfileCatalog catalog = ProfileCatalog.builtIn();
    private final DeviceProfile generic = catalog.find("nvme/generic-nvme-mi").orElseThrow();
    private final DeviceProfile acme = catalog.find("nvme/acme-ssd").orElseThrow();
    private final VirtualScheduler scheduler = new VirtualScheduler(T0);
    private final ScriptedPeer drive = new ScriptedPeer(NET, EID);
    private final ProfileEngine engine = new ProfileEngine(drive, RequestOptions.DEFAULT, scheduler);

    @AfterEach
    void scriptIsFollowedExactly() {
        assertThat(drive.mismatches()).isEmpty();
        assertThat(drive.remaining()).isZero();
    }

    private static <T> T done(CompletableFuture<T> f) {
        assertThat(f).isDone();
        return f.join();
    }

    // ---- requests laid out by hand -------------------------------------------------------------

    /** Read NVMe-MI Data Structure: NMD0 = DTYP 31:24 | PORTID 23:16 | CTRLID 15:0. */
    private static Bytes readDataStructure(int dtyp, int controllerId) {
        return withMic(String.format("84 08 00 00 00 00 00 00 %02x %02x 00 %02x 00 00 00 00",
                controllerId & 0xFF, controllerId >> 8, dtyp));
    }

    /** VPD Read: NMD0 15:0 offset, NMD1 15:0 length. */
    private static Bytes vpdRead(int offset, int length) {
        return withMic(String.format("84 08 00 00 05 00 00 00 %02x %02x 00 00 %02x %02x 00 00",
                offset & 0xFF, offset >> 8, length & 0xFF, length >> 8));
    }

    /** Identify (06), flags DLENV|DOFFV, controller id, NSID 0, DOFF 0, DLEN 272 (0x110), CDW10 CNS 1. */
    private static Bytes identify(int controllerId) {
        return withMic(String.format("84 10 00 00 06 03 %02x %02x", controllerId & 0xFF, controllerId >> 8)
                + zeros(20) + " 00 00 00 00 10 01 00 00" + zeros(8) + " 01 00 00 00" + zeros(20));
    }

    private static Bytes reply(MiResponse r) {
        return NvmeMiCodec.encode(r);
    }

    // ---- poll ----------------------------------------------------------------------------------

    @Test
    void pollReadsTemperatureAndWearFromTheHealthStatusPoll() {
        drive.expect(POLL, HEALTHY);
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.at()).isEqualTo(T0);
        assertThat(r.status()).isEqualTo(HealthStatus.OK);
        assertThat(r.readings()).containsExactly(new Reading("temperature", 42, "Cel"),
                new Reading("percentageUsed", 3, "%"), new Reading("criticalWarnings", 0, "1"));
        assertThat(r.warnings()).isEmpty();
    }

    /** NVMe-MI 1.2 §5.3: opcode 02, NMD0 = ALL (bit 31) | INCF PCI functions (24) | MAXRENT 0xFF (23:16) | SCTLID 0. */
    private static final Bytes CONTROLLER_POLL = withMic("84 08 00 00 02 00 00 00 00 00 ff 81 00 00 00 00");
    /** Subsystem poll answer with CTEMP 0x80 (no data), 16 % used, no warnings, CCS RDY. */
    private static final Bytes NO_SUBSYSTEM_TEMPERATURE = withMic("84 88 00 00 00 00 00 00 38 ff 80 10 01 00 00 00");

    /**
     * Controller Health Status Poll answer: status 0, NMRESP byte 0 = 2 entries, then two 16-byte
     * Controller Health Data Structures: CTLID, CSTS, CTEMP (Kelvin, LE), PDLU, SPARE, CWARN, changed, reserved.
     */
    private static Bytes controllers(String csts0, String kelvin0, String kelvin1) {
        return withMic("84 88 00 00 00 02 00 00"
                + " 00 00 " + csts0 + " " + kelvin0 + " 10 64 00 00 00 00 00 00 00 00"
                + " 01 00 01 00 " + kelvin1 + " 10 5f 00 00 00 00 00 00 00 00");
    }

    @Test
    void kelvinTemperatureComesFromTheHottestControllerWhenTheSubsystemPollHasNone() {
        DeviceProfile globex = catalog.find("nvme/globex-gx7").orElseThrow();
        drive.expect(POLL, NO_SUBSYSTEM_TEMPERATURE);
        drive.expect(CONTROLLER_POLL, controllers("01 00", "3e 01", "41 01"));   // 318 K and 321 K
        PollResult r = done(engine.poll(globex, NET, EID));
        assertThat(r.readings()).containsExactlyInAnyOrder(new Reading("temperature", 48, "Cel"), new Reading("availableSpare", 95, "%"),
                new Reading("percentageUsed", 16, "%"), new Reading("criticalWarnings", 0, "1"));
        assertThat(r.status()).isEqualTo(HealthStatus.OK);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void controllerWithFatalStatusIsCriticalAndZeroKelvinIsNoReading() {
        DeviceProfile globex = catalog.find("nvme/globex-gx7").orElseThrow();
        drive.expect(POLL, NO_SUBSYSTEM_TEMPERATURE);
        drive.expect(CONTROLLER_POLL, controllers("03 00", "00 00", "00 00"));   // CSTS RDY|CFS; CTEMP not reported
        PollResult r = done(engine.poll(globex, NET, EID));
        assertThat(r.readings()).extracting(Reading::sensor).doesNotContain("temperature");
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).containsExactlyInAnyOrder("temperature: no controller reports a temperature (CTEMP 0 K)",
                "controller 0 reports a fatal status (CSTS.CFS)");
    }

    @Test
    void pollIsStampedByTheInjectedClock() {
        scheduler.advance(java.time.Duration.ofSeconds(90));
        drive.expect(POLL, HEALTHY);
        assertThat(done(engine.poll(generic, NET, EID)).at()).isEqualTo(T0.plusSeconds(90));
    }

    @Test
    void warningBitsAndWearThresholdsRaiseTheVerdict() {
        drive.expect(POLL, WORN_OUT);
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.readings()).contains(new Reading("temperature", -5, "Cel"), new Reading("percentageUsed", 100, "%"),
                new Reading("criticalWarnings", 2, "1"));
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).containsExactlyInAnyOrder("percentageUsed 100 % at or above the critical limit 100",
                "temperature outside the warning range");
    }

    @Test
    void temperatureThresholdFromTheProfileGivesWarning() {
        drive.expect(POLL, reply(new HealthStatusPollResponse(0, new SubsystemHealth(0x38, SmartWarnings.NONE,
                CompositeTemperature.ofCelsius(72), 10, 1))));
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(r.warnings()).containsExactly("temperature 72 Cel at or above the warning limit 70");
    }

    @Test
    void temperatureSensorFailureLeavesOutTheReadingAndWarns() {
        drive.expect(POLL, reply(new HealthStatusPollResponse(0, new SubsystemHealth(0x38, SmartWarnings.NONE,
                CompositeTemperature.sensorFailure(), 3, 1))));
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.readings()).extracting(Reading::sensor).containsExactly("percentageUsed", "criticalWarnings");
        assertThat(r.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(r.warnings()).singleElement().asString().contains("sensor failure", "0x81");
    }

    @Test
    void driveThatIsNotFunctionalIsCritical() {
        drive.expect(POLL, reply(new HealthStatusPollResponse(0, new SubsystemHealth(0x18, SmartWarnings.NONE,
                CompositeTemperature.ofCelsius(40), 3, 1))));
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.status()).isEqualTo(HealthStatus.CRITICAL);
        assertThat(r.warnings()).containsExactly("drive not functional (NSS DF clear)");
    }

    @Test
    void errorStatusIsAnUnknownResultWithTheDevicesAnswer() {
        drive.expect(POLL, INVALID_OPCODE);
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.readings()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("health status poll", "invalid command opcode (0x03)");
    }

    @Test
    void malformedAnswerIsAnUnknownResultNotAFailure() {
        drive.expect(POLL, BAD_MIC);
        PollResult r = done(engine.poll(generic, NET, EID));
        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().contains("malformed", "MIC");
    }

    @Test
    void timeoutFailsThePollWithTheStacksException() {
        drive.expectTimeout(POLL);
        CompletableFuture<PollResult> f = engine.poll(generic, NET, EID);
        assertThat(f).isCompletedExceptionally();
        assertThat(f.handle((v, e) -> MctpException.extract(e).map(MctpException::reason)).join())
                .contains(MctpException.Reason.TIMEOUT);
    }

    // ---- identification ------------------------------------------------------------------------

    private static final ControllerIdentity ACME_ID = new ControllerIdentity(0x1D0F, 0x1D0F, "ACM0001", "ACME DC1920",
            "3.1.4", OptionalInt.of(343), OptionalInt.of(358));

    private static Bytes vpdImage() {
        BoardInfo board = new BoardInfo(25, 0, FruField.text("ACME Boards"), FruField.text("U.2 carrier"),
                FruField.text("B77"), FruField.text("PCB-9"), FruField.EMPTY, List.of());
        ProductInfo product = new ProductInfo(25, FruField.text("ACME"), FruField.text("ACME DC SSD 1.92TB"),
                FruField.text("ACM-DC1920-" + "X".repeat(40)), FruField.text("A1"), FruField.text("S1234567"),
                FruField.EMPTY, FruField.EMPTY, List.of());
        return FruCodec.encode(FruInfo.of(board, product));
    }

    /** Script the VPD reads: header, then product and board areas as 8-byte prefix plus chunks. */
    private void expectVpd(Bytes image, int chunk) {
        drive.expect(vpdRead(0, 8), reply(new VpdReadResponse(0, image.slice(0, 8))));
        for (int start : new int[] {image.get(4) * 8, image.get(3) * 8}) {
            int length = image.get(start + 1) * 8;
            drive.expect(vpdRead(start, 8), reply(new VpdReadResponse(0, image.slice(start, start + 8))));
            for (int at = 8; at < length; at += chunk) {
                int n = Math.min(chunk, length - at);
                drive.expect(vpdRead(start + at, n), reply(new VpdReadResponse(0, image.slice(start + at, start + at + n))));
            }
        }
    }

    private void expectDiscoverySteps() {
        drive.expect(readDataStructure(0, 0), reply(new ReadDataStructureResponse(0, new DataStructure.SubsystemInfo(0, 1, 2))));
        drive.expect(readDataStructure(2, 0), reply(new ReadDataStructureResponse(0, new DataStructure.ControllerList(List.of(1)))));
        drive.expect(readDataStructure(3, 1), reply(new ReadDataStructureResponse(0,
                new DataStructure.ControllerInfo(0, false, 0, 0x1D0F, 0x0042, 0x1D0F, 0x0001))));
    }

    @Test
    void genericIdentificationCollectsControllerAndVpdAssets() {
        Bytes image = vpdImage();
        assertThat(image.get(4) * 8 + image.get(image.get(4) * 8 + 1) * 8).as("product area spans several chunks").isGreaterThan(8 + 64 + 8);
        expectDiscoverySteps();
        drive.expect(identify(1), reply(new IdentifyControllerResponse(0, 0, 0, 0, ACME_ID.toBytes(272))));
        expectVpd(image, 64);
        Identification id = done(engine.identify(generic, NET, EID));
        assertThat(id.warnings()).isEmpty();
        assertThat(id.assets()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nvmeMiVersion", "1.2", "vendorId", "0x1d0f", "serialNumber", "ACM0001", "model", "ACME DC1920",
                "firmwareRevision", "3.1.4", "manufacturer", "ACME", "productName", "ACME DC SSD 1.92TB",
                "partNumber", "ACM-DC1920-" + "X".repeat(40)));
    }

    @Test
    void quirkSendsControllerIdZeroInIdentify() {
        Bytes image = vpdImage();
        expectDiscoverySteps();
        drive.expect(identify(0), reply(new IdentifyControllerResponse(0, 0, 0, 0, ACME_ID.toBytes(272))));
        expectVpd(image, 128);
        Identification id = done(engine.identify(acme, NET, EID));
        assertThat(id.warnings()).isEmpty();
        assertThat(id.assets()).containsEntry("serialNumber", "ACM0001").containsEntry("manufacturer", "ACME");
    }

    @Test
    void refusedIdentifyLeavesAWarningAndTheVendorIdStillSelectsTheQuirkProfile() {
        expectDiscoverySteps();
        drive.expect(identify(1), reply(new ErrorResponse(0, MessageKind.ADMIN_COMMAND, MiStatus.INVALID_PARAMETER, 0)));
        expectVpd(vpdImage(), 64);
        Identification id = done(engine.identify(generic, NET, EID));
        assertThat(id.assets()).doesNotContainKey("model").containsEntry("vendorId", "0x1d0f");
        assertThat(id.warnings()).singleElement().asString().contains("identify-controller", "invalid parameter");
        EndpointFacts facts = EndpointFacts.of(Set.of(MessageType.NVME_MI)).withIdentity(id);
        assertThat(catalog.match(facts)).map(DeviceProfile::id).contains("nvme/acme-ssd");
    }

    @Test
    void vpdWithABrokenAreaChecksumKeepsTheOtherArea() {
        byte[] b = vpdImage().toArray();
        int product = b[4] * 8;
        b[product + 4] ^= 0x20;                              // inside the product manufacturer
        expectDiscoverySteps();
        drive.expect(identify(1), reply(new IdentifyControllerResponse(0, 0, 0, 0, ACME_ID.toBytes(272))));
        expectVpd(Bytes.wrap(b), 64);
        Identification id = done(engine.identify(generic, NET, EID));
        assertThat(id.assets()).containsEntry("manufacturer", "ACME Boards").containsEntry("productName", "U.2 carrier");
        assertThat(id.warnings()).singleElement().asString().contains("product area checksum");
    }

    @Test
    void timeoutDuringIdentificationFailsTheFuture() {
        drive.expect(readDataStructure(0, 0), reply(new ReadDataStructureResponse(0, new DataStructure.SubsystemInfo(0, 1, 2))));
        drive.expectTimeout(readDataStructure(2, 0));
        CompletableFuture<Identification> f = engine.identify(generic, NET, EID);
        assertThat(f).isCompletedExceptionally();
        assertThat(f.handle((v, e) -> MctpException.extract(e).map(MctpException::reason)).join())
                .contains(MctpException.Reason.TIMEOUT);
    }
}
