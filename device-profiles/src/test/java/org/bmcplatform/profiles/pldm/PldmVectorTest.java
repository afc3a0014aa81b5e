package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.PldmVectors.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every PLDM vector (src/test/resources/vectors/pldm) in both directions. */
class PldmVectorTest {

    static Stream<Case> cases() {
        return PldmVectors.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vectorDecodesToTheSpecifiedValueAndEncodesBackToTheSameBytes(Case c) {
        if (!c.valid()) {
            assertThatThrownBy(() -> decode(c)).isInstanceOfSatisfying(PldmFormatException.class,
                    e -> assertThat(e.field()).isEqualTo(c.expect()));
            return;
        }
        Object expected = ExpectedVectors.BY_ID.get(c.id());
        assertThat(expected).as("a value for every vector; add one for " + c.id()).isNotNull();
        Object decoded = decode(c);
        assertThat(decoded).isEqualTo(expected);
        assertThat(encode(c.kind(), expected)).isEqualTo(c.kind().equals("message") ? c.message() : c.bytes());
        if (c.fields() != null && c.fields().has("tid")) {
            assertThat(((GetTidResponse) decoded).tid()).isEqualTo(c.fields().get("tid").asInt());
        }
        if (c.fields() != null && c.fields().has("reading")) {
            GetSensorReadingResponse r = (GetSensorReadingResponse) decoded;
            assertThat(r.dataSize().code()).isEqualTo(c.fields().get("dataSize").asInt());
            assertThat(r.presentReading()).isEqualTo(c.fields().get("reading").asLong());
        }
    }

    static Object decode(Case c) {
        switch (c.kind()) {
            case "pdr":
                return PdrCodec.decode(c.bytes());
            case "fru-table":
                return FruTableCodec.decode(c.bytes());
            case "fru-records":
                return FruTableCodec.decodeRecords(c.bytes());
            case "version-data":
                return VersionData.decode(c.bytes());
            default:
                return PldmCodec.decode(c.message());
        }
    }

    @SuppressWarnings("unchecked")
    private static Bytes encode(String kind, Object value) {
        switch (kind) {
            case "pdr":
                return PdrCodec.encode((Pdr) value);
            case "fru-table":
                return FruTableCodec.encode((FruRecordTable) value);
            case "fru-records":
                return FruTableCodec.encodeRecords((FruRecordTable) value);
            case "version-data":
                return VersionData.encode((List<Ver32>) value);
            default:
                return PldmCodec.encode((PldmMessage) value);
        }
    }

    @Test
    void everyExpectedValueHasAVector() {
        Set<String> ids = PldmVectors.all().stream().map(Case::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(ExpectedVectors.BY_ID.keySet());
    }

    @Test
    void malformedMessagesDoNotDisturbTheNextGoodOne() {
        Case good = PldmVectors.byId("get-sensor-reading-rsp-42");
        for (Case bad : PldmVectors.all()) {
            if (!bad.valid() && bad.kind().equals("message")) {
                assertThatThrownBy(() -> PldmCodec.decode(bad.message())).as(bad.id()).isInstanceOf(PldmFormatException.class);
                assertThat(PldmCodec.decode(good.message())).isEqualTo(ExpectedVectors.BY_ID.get(good.id()));
            }
        }
    }

    @Test
    void getPldmVersionAnswerCarriesVersionOneTwoZeroWithAMatchingCrc() {
        GetPldmVersionResponse r = (GetPldmVersionResponse) PldmCodec.decode(PldmVectors.byId("get-pldm-version-rsp").message());
        assertThat(r.versions()).containsExactly(Ver32.of(1, 2, 0));
        assertThat(r.versions().get(0).label()).isEqualTo("1.2.0");
    }

    @Test
    void getPdrSinglePartCarriesTheNumericSensorPdr() {
        GetPdrResponse r = (GetPdrResponse) PldmCodec.decode(PldmVectors.byId("get-pdr-rsp-start-and-end").message());
        assertThat(r.transferFlag().isLast()).isTrue();
        assertThat(r.transferCrc()).isEmpty();
        assertThat(PdrCodec.decode(r.recordData())).isEqualTo(ExpectedVectors.DEGC_PDR);
    }

    @Test
    void getFruRecordTableSinglePortionIsTheNicTableWithPadAndCrc() {
        GetFruRecordTableResponse r = (GetFruRecordTableResponse) PldmCodec.decode(PldmVectors.byId("get-fru-record-table-rsp").message());
        FruRecordTable table = FruTableCodec.decode(r.portion());
        assertThat(table).isEqualTo(ExpectedVectors.NIC_FRU);
        FruRecord nic = table.records().get(0);
        assertThat(nic.text(FruFieldType.MODEL)).hasValue("NIC-X100");
        assertThat(nic.text(FruFieldType.SERIAL_NUMBER)).hasValue("SN123456789");
        assertThat(nic.text(FruFieldType.MANUFACTURER)).hasValue("ExampleCorp");
        assertThat(nic.text(FruFieldType.VERSION)).hasValue("1.2.3");
        assertThat(nic.text(FruFieldType.ASSET_TAG)).isEmpty();
    }

    @Test
    void metadataDescribingATableMatchesTheVectors() {
        assertThat(GetFruRecordTableMetadataResponse.describing(7, ExpectedVectors.NIC_FRU))
                .isEqualTo(ExpectedVectors.BY_ID.get("fru-metadata-rsp"));
        assertThat(GetFruRecordTableMetadataResponse.describing(1, ExpectedVectors.HBA_FRU))
                .isEqualTo(ExpectedVectors.BY_ID.get("fru-metadata-two-records"));
    }

    @Test
    void generalRecordFieldsReadAsTextDateAndIana() {
        FruRecord hba = ExpectedVectors.HBA_FRU.recordSet(2).get(0);
        assertThat(hba.text(FruFieldType.MODEL)).hasValue("HBA-9600");
        assertThat(hba.text(FruFieldType.SERIAL_NUMBER)).hasValue("SN423");
        assertThat(hba.manufactureDate()).hasValue(new Timestamp104(60, 0, 30, 15, 9, 14, 3, 2023, 0, 0));
        assertThat(hba.manufactureDate().orElseThrow().toString()).isEqualTo("2023-03-14 09:15:30.000000 +60 min");
        assertThat(hba.vendorIana()).hasValue(49769);
        assertThat(hba.text(FruFieldType.MANUFACTURE_DATE)).as("a date is not text").isEmpty();
        FruRecord oem = ExpectedVectors.HBA_FRU.recordSet(2).get(1);
        assertThat(oem.text(new FruFieldType(1))).as("OEM fields have OEM meanings").isEmpty();
        assertThat(oem.field(new FruFieldType(1)).orElseThrow().value()).isEqualTo(Bytes.fromHex("01 02 03"));
    }

    @Test
    void completionCodesAreNamedForTheCommandTheyAnswer() {
        ErrorResponse e = (ErrorResponse) PldmCodec.decode(PldmVectors.byId("error-get-pdr-invalid-record-handle").message());
        assertThat(e.describe()).isEqualTo("invalid record handle (0x82)");
        assertThat(CompletionCode.of(0x80).describe(PldmCommand.GET_SENSOR_READING)).isEqualTo("invalid sensor ID (0x80)");
        assertThat(CompletionCode.of(0x84).describe(PldmCommand.GET_FRU_RECORD_TABLE)).isEqualTo("FRU data integrity check failed (0x84)");
        assertThat(CompletionCode.of(0x9C).describe(PldmCommand.GET_TID)).isEqualTo("command specific (0x9c)");
        assertThat(CompletionCode.of(0x30).label()).isEqualTo("unknown(0x30)");
        assertThat(CompletionCode.ERROR_NOT_READY.label()).isEqualTo("not ready (0x04)");
    }
}
