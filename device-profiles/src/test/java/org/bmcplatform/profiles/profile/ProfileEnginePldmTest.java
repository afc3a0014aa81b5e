package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.EntityAssociationPdr;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.EventMessageEnable;
import org.bmcplatform.profiles.pldm.FruEncoding;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.FruTableCodec;
import org.bmcplatform.profiles.pldm.GetFruRecordTableMetadataResponse;
import org.bmcplatform.profiles.pldm.GetFruRecordTableResponse;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoResponse;
import org.bmcplatform.profiles.pldm.GetPdrResponse;
import org.bmcplatform.profiles.pldm.GetPldmTypesResponse;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.GetTidResponse;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.PdrCodec;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.PdrTransfer;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmCommand;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.PldmType;
import org.bmcplatform.profiles.pldm.RangeFieldFormat;
import org.bmcplatform.profiles.pldm.RepositoryState;
import org.bmcplatform.profiles.pldm.SensorDataSize;
import org.bmcplatform.profiles.pldm.SensorInit;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.SensorRanges;
import org.bmcplatform.profiles.pldm.SensorState;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.SensorUnits;
import org.bmcplatform.profiles.pldm.SetTidResponse;
import org.bmcplatform.profiles.pldm.TransferFlag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against a scripted PLDM terminus (an HBA with one drive behind it). Requests are laid out by
 * hand from DSP0240 (header: Rq|IID, type, command), DSP0248 (GetPDR, GetSensorReading) and DSP0257 (FRU);
 * replies are built with the codec. Instance IDs count up from 0 per engine.
 */
class ProfileEnginePldmTest {
    private static final int NET = 1;
    private static final EndpointId EID = EndpointId.of(30);
    private static final EntityId HBA = new EntityId(68, 1, 0);
    private static final EntityId DRIVE = new EntityId(107, 1, 1);

    /** ROC temperature: sint16, 0.5 °C per count; upper warning 75 °C (150), upper critical 90 °C (180). */
    private static final NumericSensorPdr ROC = new NumericSensorPdr(PdrHeader.of(1, 0), 0, 3, HBA, SensorInit.NO_INIT, false,
            SensorUnits.of(SensorUnit.DEGREES_C, 0), true, SensorDataSize.SINT16, 0.5f, 0.0f, 0, 0, 0, 2,
            NumericSensorPdr.UPPER_WARNING | NumericSensorPdr.UPPER_CRITICAL, 0, 0.0f, 1.0f, 250, -80,
            new SensorRanges(RangeFieldFormat.SINT16, SensorRanges.CRITICAL_HIGH, 80, 160, 0, 150, 0, 180, 0, 200, 0));
    /** A drive's temperature behind the HBA: on a contained entity, so not the HBA's own. */
    private static final NumericSensorPdr DRIVE_TEMP = new NumericSensorPdr(PdrHeader.of(2, 0), 0, 10, DRIVE, SensorInit.NO_INIT,
            false, SensorUnits.of(SensorUnit.DEGREES_C, 0), true, SensorDataSize.SINT8, 1.0f, 0.0f, 0, 0, 0, 1, 0, 0, 0.0f, 1.0f,
            127, -40, new SensorRanges(RangeFieldFormat.SINT8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    private static final EntityAssociationPdr CONTAINS = new EntityAssociationPdr(PdrHeader.of(3, 0), 1,
            EntityAssociationPdr.PHYSICAL, HBA, List.of(DRIVE));
    private static final FruRecordSetPdr HBA_FRU = new FruRecordSetPdr(PdrHeader.of(4, 0), 0, 1, HBA);
    private static final FruRecordSetPdr DRIVE_FRU = new FruRecordSetPdr(PdrHeader.of(5, 0), 0, 2, DRIVE);
    private static final FruRecordTable FRU = new FruRecordTable(List.of(
            new FruRecord(2, FruRecordType.GENERAL, FruEncoding.ASCII, List.of(
                    FruField.text(FruFieldType.MODEL, "ST8000NM017B", FruEncoding.ASCII),
                    FruField.text(FruFieldType.SERIAL_NUMBER, "ZA1B2C3D", FruEncoding.ASCII),
                    FruField.text(FruFieldType.VERSION, "SN04", FruEncoding.ASCII))),
            new FruRecord(1, FruRecordType.GENERAL, FruEncoding.ASCII, List.of(
                    FruField.text(FruFieldType.MANUFACTURER, "Broadcom", FruEncoding.ASCII),
                    FruField.text(FruFieldType.MODEL, "HBA 9600-16i ", FruEncoding.ASCII),
                    FruField.text(FruFieldType.PART_NUMBER, "05-50111-00", FruEncoding.ASCII),
                    FruField.text(FruFieldType.SERIAL_NUMBER, "SPC1234567", FruEncoding.ASCII),
                    FruField.text(FruFieldType.VERSION, "8.7.1.0", FruEncoding.ASCII)))));

    private static final String PROFILE = String.join("\n",
            "id: hba/test",
            "name: Test HBA",
            "class: hba",
            "match: { message-types: [pldm] }",
            "identification: [pldm-terminus, pldm-pdrs, pldm-fru]",
            "sensors:",
            "  - name: temperature",
            "    source: pldm.numeric-sensor",
            "    unit: Cel",
            "    select: { base-unit: degrees-c, top-level: true, sensor-ids: [300, 3] }",
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

    private static Bytes reply(PldmResponse r) {
        return PldmCodec.encode(r);
    }

    /** GetPDR (0x51): handle u32, data transfer handle u32, op (1 first, 0 next), request count u16, change number u16. */
    private static Bytes getPdr(int iid, int handle, int transferHandle, boolean first, int count, int changeNumber) {
        return Bytes.fromHex(String.format("01 %02x 02 51 %02x 00 00 00 %02x 00 00 00 %02x %02x %02x %02x %02x", 0x80 | iid,
                handle, transferHandle, first ? 1 : 0, count & 0xFF, count >> 8, changeNumber & 0xFF, changeNumber >> 8));
    }

    private void scriptIdentification() {
        hba.expect(Bytes.fromHex("01 80 00 02"), reply(new GetTidResponse(0, 9)))                              // GetTID
                .expect(Bytes.fromHex("01 81 00 04"), reply(GetPldmTypesResponse.of(1, PldmType.BASE, PldmType.PLATFORM,
                        PldmType.FRU)));                                                                   // GetPLDMTypes
        Pdr[] records = {ROC, DRIVE_TEMP, CONTAINS, HBA_FRU, DRIVE_FRU};
        hba.expect(Bytes.fromHex("01 82 02 50"), reply(repositoryInfo(2, records)));                   // GetPDRRepositoryInfo
        for (int i = 0; i < records.length; i++) {
            int next = i + 1 < records.length ? i + 2 : 0;
            hba.expect(getPdr(3 + i, i == 0 ? 0 : i + 1, 0, true, 1024, 0),
                    reply(GetPdrResponse.single(3 + i, next, PdrCodec.encode(records[i]))));
        }
        hba.expect(Bytes.fromHex("01 88 04 01"), reply(GetFruRecordTableMetadataResponse.describing(8, FRU)))   // metadata
                .expect(Bytes.fromHex("01 89 04 02 00 00 00 00 01"),                                          // table, first part
                        reply(new GetFruRecordTableResponse(9, 0, TransferFlag.START_AND_END, FruTableCodec.encode(FRU))));
    }

    /** What a terminus holding {@code records} answers to GetPDRRepositoryInfo. */
    private static GetPdrRepositoryInfoResponse repositoryInfo(int iid, Pdr... records) {
        long size = 0;
        long largest = 0;
        for (Pdr p : records) {
            size += PdrCodec.encode(p).length();
            largest = Math.max(largest, PdrCodec.encode(p).length());
        }
        return new GetPdrRepositoryInfoResponse(iid, RepositoryState.AVAILABLE, GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME,
                GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, records.length, size, largest, 0);
    }

    @Test
    void identificationReadsTheTerminusThePdrsAndTheFruRecordOfItsOwnEntity() {
        scriptIdentification();

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.warnings()).isEmpty();
        assertThat(id.assets()).containsEntry("pldmTid", "9").containsEntry("manufacturer", "Broadcom")
                .containsEntry("model", "HBA 9600-16i").containsEntry("partNumber", "05-50111-00")
                .containsEntry("serialNumber", "SPC1234567").containsEntry("firmwareRevision", "8.7.1.0");
        assertThat(id.assets()).containsEntry("pldmTypes", "0,2,4");
        assertThat(id.pdrs().records()).containsExactly(ROC, DRIVE_TEMP, CONTAINS, HBA_FRU, DRIVE_FRU);
    }

    @Test
    void anEndpointThatListsPldmButNeverAnswersIsIdentifiedWithAWarningAndNoFurtherRequests() {
        hba.expectTimeout(Bytes.fromHex("01 80 00 02"));

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.assets()).isEmpty();
        assertThat(id.pdrs().records()).isEmpty();
        assertThat(id.warnings()).containsExactly("pldm-terminus: no answer to GetTID; the endpoint lists PLDM but does not answer it");
    }

    @Test
    void aTerminusWithoutATidIsGivenItsEidAsTidWithSetTid() {
        // DSP0240: GetTID answers 0x00 (unassigned); SetTID (0x01) with TID 30 (its EID), then GetPLDMTypes
        hba.expect(Bytes.fromHex("01 80 00 02"), reply(new GetTidResponse(0, GetTidResponse.UNASSIGNED)))
                .expect(Bytes.fromHex("01 81 00 01 1e"), reply(new SetTidResponse(1)))
                .expect(Bytes.fromHex("01 82 00 04"), reply(GetPldmTypesResponse.of(2, PldmType.BASE, PldmType.PLATFORM)));
        DeviceProfile terminusOnly = ProfileReader.read(new StringReader(PROFILE.replace(
                "identification: [pldm-terminus, pldm-pdrs, pldm-fru]", "identification: [pldm-terminus]")), "t.yaml");

        Identification id = done(engine.identify(terminusOnly, NET, EID));

        assertThat(id.assets()).containsEntry("pldmTid", "30").containsEntry("pldmTypes", "0,2");
        assertThat(id.warnings()).isEmpty();
    }

    @Test
    void theBuiltInCatalogTellsAnHbaFromABareTerminusByTheEntitiesInItsPdrs() {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        EndpointFacts facts = EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.PLDM));
        DeviceProfile terminus = catalog.match(facts).orElseThrow();
        assertThat(terminus.id()).isEqualTo("pldm/terminus");
        scriptIdentification();

        Identification id = done(engine.identify(terminus, NET, EID));

        assertThat(id.assets()).containsEntry("pldmEntities", "68,107");
        DeviceProfile hbaProfile = catalog.match(facts.withIdentity(id)).orElseThrow();
        assertThat(hbaProfile.id()).isEqualTo("hba/pldm-io-controller");
        assertThat(hbaProfile.componentClass()).isEqualTo(ComponentClass.HBA);
        assertThat(hbaProfile.sensors()).first().satisfies(s -> assertThat(s.select().choose(id.pdrs())).hasValue(ROC));
        assertThat(hbaProfile.sensors()).extracting(SensorSpec::source)
                .containsExactly(SensorSource.PLDM_NUMERIC_SENSOR, SensorSource.PLDM_STATE_SENSOR);
    }

    @Test
    void pollReadsTheChosenSensorConvertsItAndJudgesItByThePdrLimits() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        // GetSensorReading (0x11): sensor 3 (300 is not in the PDRs), rearm false; raw 150 × 0.5 = 75 °C (IID 10: 0-9 identified)
        hba.expect(Bytes.fromHex("01 8a 02 11 03 00 00"), reply(new GetSensorReadingResponse(10, SensorDataSize.SINT16,
                SensorOperationalState.ENABLED, EventMessageEnable.EVENTS_ENABLED, SensorState.NORMAL, SensorState.NORMAL,
                SensorState.UPPER_WARNING, 150)));

        PollResult r = done(engine.poll(profile, id, NET, EID));

        assertThat(r.readings()).containsExactly(new Reading("temperature", 75.0, "Cel"));
        assertThat(r.status()).isEqualTo(HealthStatus.WARNING);
        assertThat(r.warnings()).containsExactly("temperature 75 Cel at or above the warning limit 75");
    }

    @Test
    void theDrivesBehindTheTerminusAreContainedComponentsWithTheirFruAssetsAndReadings() {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        DeviceProfile hbaProfile = catalog.find("hba/pldm-io-controller").orElseThrow();
        scriptIdentification();
        Identification id = done(engine.identify(hbaProfile, NET, EID));

        List<ContainedComponent> drives = engine.contained(hbaProfile, id);

        assertThat(drives).singleElement().satisfies(d -> {
            assertThat(d.entity()).isEqualTo(DRIVE);
            assertThat(d.key()).isEqualTo("serial:ZA1B2C3D");
            assertThat(d.label()).isEqualTo("drive1");
            assertThat(d.rule().componentClass()).isEqualTo(ComponentClass.DRIVE);
            assertThat(d.assets()).containsEntry("model", "ST8000NM017B").containsEntry("serialNumber", "ZA1B2C3D")
                    .containsEntry("firmwareRevision", "SN04");
        });
        // the controller's sensor (3) then the drive's (10, sint8, sign-extended by the codec)
        hba.expect(Bytes.fromHex("01 8a 02 11 03 00 00"), reply(new GetSensorReadingResponse(10, SensorDataSize.SINT16,
                        SensorOperationalState.ENABLED, EventMessageEnable.EVENTS_ENABLED, SensorState.NORMAL, SensorState.NORMAL,
                        SensorState.NORMAL, 120)))
                .expect(Bytes.fromHex("01 8b 02 11 0a 00 00"), reply(new GetSensorReadingResponse(11, SensorDataSize.SINT8,
                        SensorOperationalState.ENABLED, EventMessageEnable.EVENTS_ENABLED, SensorState.NORMAL, SensorState.NORMAL,
                        SensorState.NORMAL, 38)));

        PollResult r = done(engine.poll(hbaProfile, id, NET, EID));

        assertThat(r.readings()).containsExactly(new Reading("temperature", 60.0, "Cel"));
        assertThat(r.contained()).containsExactly(new ContainedResult(DRIVE, HealthStatus.OK,
                List.of(new Reading("temperature", 38.0, "Cel"))));
    }

    @Test
    void aDisabledSensorGivesNoValueAndAnUnknownVerdict() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        hba.expect(Bytes.fromHex("01 8a 02 11 03 00 00"), reply(new GetSensorReadingResponse(10, SensorDataSize.SINT16,
                SensorOperationalState.DISABLED, EventMessageEnable.EVENTS_ENABLED, SensorState.UNKNOWN, SensorState.UNKNOWN,
                SensorState.UNKNOWN, 0)));

        PollResult r = done(engine.poll(profile, id, NET, EID));

        assertThat(r.readings()).isEmpty();
        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().contains("sensor 3 is").contains("no value");
    }

    @Test
    void aRefusedReadingIsAWarningNotAFailure() {
        scriptIdentification();
        Identification id = done(engine.identify(profile, NET, EID));
        hba.expect(Bytes.fromHex("01 8a 02 11 03 00 00"), reply(new ErrorResponse(10, PldmCommand.GET_SENSOR_READING,
                new CompletionCode(0x80))));

        PollResult r = done(engine.poll(profile, id, NET, EID));

        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().startsWith("temperature: GetSensorReading sensor 3: terminus answered");
    }

    @Test
    void withoutPdrsThePollSaysWhichStepIsMissing() {
        PollResult r = done(engine.poll(profile, NET, EID));

        assertThat(r.status()).isEqualTo(HealthStatus.UNKNOWN);
        assertThat(r.warnings()).singleElement().asString().contains("identification step pldm-pdrs");
    }

    @Test
    void aRecordLargerThanThePartSizeComesInPartsWithTheFirstPartsChangeNumber() {
        Bytes record = PdrCodec.encode(new NumericSensorPdr(PdrHeader.of(1, 0x1234), ROC.terminusHandle(), ROC.sensorId(),
                ROC.entity(), ROC.sensorInit(), false, ROC.units(), true, ROC.dataSize(), ROC.resolution(), ROC.offset(), 0, 0, 0,
                2, ROC.supportedThresholds(), 0, 0.0f, 1.0f, 250, -80, ROC.ranges()));
        // 32-byte parts: offsets 0, 32, 64 (the terminus hands out the offset as the data transfer handle)
        hba.expect(getPdr(0, 0, 0, true, 32, 0), reply(PdrTransfer.part(0, record, 0, 0, 32)))
                .expect(getPdr(1, 0, 32, false, 32, 0x1234), reply(PdrTransfer.part(1, record, 0, 32, 32)))
                .expect(getPdr(2, 0, 64, false, 32, 0x1234), reply(PdrTransfer.part(2, record, 0, 64, 32)));
        List<String> warnings = new ArrayList<>();
        PldmExchange exchange = new PldmExchange(hba, RequestOptions.DEFAULT, NET, EID, new AtomicInteger());

        PdrRepository repository = done(new PdrWalk(exchange, 32, warnings).walk());

        assertThat(warnings).isEmpty();
        assertThat(repository.numericSensors()).singleElement().satisfies(p -> assertThat(p.sensorId()).isEqualTo(3));
        assertThat(record.length()).isBetween(65, 96);
    }

    @Test
    void aHandleThatComesRoundAgainEndsTheWalk() {
        hba.expect(getPdr(0, 0, 0, true, 1024, 0), reply(GetPdrResponse.single(0, 5, PdrCodec.encode(ROC))))
                .expect(getPdr(1, 5, 0, true, 1024, 0), reply(GetPdrResponse.single(1, 5, PdrCodec.encode(HBA_FRU))));
        List<String> warnings = new ArrayList<>();
        PldmExchange exchange = new PldmExchange(hba, RequestOptions.DEFAULT, NET, EID, new AtomicInteger());

        PdrRepository repository = done(new PdrWalk(exchange, 1024, warnings).walk());

        assertThat(repository.records()).containsExactly(ROC, HBA_FRU);
        assertThat(warnings).containsExactly("pldm-pdrs: record handle 0x5 came round again; the walk stops there");
    }

    @Test
    void aTerminusWithoutGetPdrRepositoryInfoIsWalkedWithoutAWarning() {
        // DSP0248: GetPDRRepositoryInfo is optional; ERROR_UNSUPPORTED_PLDM_CMD (0x05) is not worth a warning
        hba.expect(Bytes.fromHex("01 80 02 50"), reply(new ErrorResponse(0, PldmCommand.GET_PDR_REPOSITORY_INFO,
                        CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)))
                .expect(getPdr(1, 0, 0, true, 1024, 0), reply(GetPdrResponse.single(1, 0, PdrCodec.encode(ROC))));
        List<String> warnings = new ArrayList<>();
        PldmIdentification pldm = new PldmIdentification(new PldmExchange(hba, RequestOptions.DEFAULT, NET, EID, new AtomicInteger()),
                (k, v) -> { }, warnings);

        PdrRepository repository = done(pldm.pdrs(1024));

        assertThat(repository.records()).containsExactly(ROC);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theWalkStopsAtTheRecordCountTheTerminusReportedAndSaysSo() {
        hba.expect(getPdr(0, 0, 0, true, 1024, 0), reply(GetPdrResponse.single(0, 5, PdrCodec.encode(ROC))));
        List<String> warnings = new ArrayList<>();
        PldmExchange exchange = new PldmExchange(hba, RequestOptions.DEFAULT, NET, EID, new AtomicInteger());

        PdrRepository repository = done(new PdrWalk(exchange, 1024, java.util.Optional.of(repositoryInfo(0, ROC)), warnings).walk());

        assertThat(repository.records()).containsExactly(ROC);
        assertThat(warnings).containsExactly("pldm-pdrs: GetPDRRepositoryInfo reported 1 records but record handle 0x5 follows "
                + "the last of them; the walk stops there");
    }

    @Test
    void fewerRecordsOrALargerRecordThanReportedAreIdentificationWarnings() {
        int rocLength = PdrCodec.encode(ROC).length();
        GetPdrRepositoryInfoResponse claims = new GetPdrRepositoryInfoResponse(0, RepositoryState.AVAILABLE,
                GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, 3, 300, rocLength - 1, 0);
        hba.expect(getPdr(0, 0, 0, true, 1024, 0), reply(GetPdrResponse.single(0, 0, PdrCodec.encode(ROC))));
        List<String> warnings = new ArrayList<>();
        PldmExchange exchange = new PldmExchange(hba, RequestOptions.DEFAULT, NET, EID, new AtomicInteger());

        PdrRepository repository = done(new PdrWalk(exchange, 1024, java.util.Optional.of(claims), warnings).walk());

        assertThat(repository.records()).containsExactly(ROC);
        assertThat(warnings).containsExactly(
                "pldm-pdrs: GetPDR record 0x0: the record is " + rocLength + " bytes, above the largestRecordSize " + (rocLength - 1)
                        + " GetPDRRepositoryInfo reported",
                "pldm-pdrs: GetPDRRepositoryInfo reported 3 records but the walk read 1");
    }

    @Test
    void aSelectOnAnNvmeMiSourceAndAnUnknownUnitAreProfileErrors() {
        String nvme = PROFILE.replace("source: pldm.numeric-sensor", "source: health.composite-temperature");
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(nvme), "x.yaml"))
                .hasMessageContaining("only a pldm.numeric-sensor or pldm.state-sensor source")
                .satisfies(e -> assertThat(((ProfileFormatException) e).field()).isEqualTo("sensors[0].select"));
        String unit = PROFILE.replace("base-unit: degrees-c", "base-unit: furlongs");
        assertThatThrownBy(() -> ProfileReader.read(new StringReader(unit), "x.yaml"))
                .hasMessageContaining("'furlongs' is not a PLDM base unit")
                .satisfies(e -> assertThat(((ProfileFormatException) e).field()).isEqualTo("sensors[0].select.base-unit"));
    }
}
