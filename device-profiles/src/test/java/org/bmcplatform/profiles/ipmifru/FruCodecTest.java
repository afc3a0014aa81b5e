package org.bmcplatform.profiles.ipmifru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

class FruCodecTest {
    /*
     * A small image written by hand from the FRU spec (§8, §11, §12, §13):
     *   header  01 00 00 01 04 00 00 fa       board at 1x8, product at 4x8; 01+01+04+fa = 0x100
     *   board   01 03 19 | 0c 0b 0a           version, 3x8 bytes, English (25), 0x0a0b0c minutes
     *           c4 "ACME" | c0 (empty product name) | 42 12 b3 (BCD plus "12-3")
     *           c2 "P1" | 01 05 (binary FRU file id) | c1 | 00 00 | 17
     *   product 01 03 00 | c4 "ACME" | 83 ae dd 96 (6-bit "NVME") | c2 "M1" | c0 (version)
     *           c2 "S9" | c0 (asset tag) | c0 (file id) | c1 | 00 | ef
     */
    static final Bytes IMAGE = Bytes.fromHex(
            "01 00 00 01 04 00 00 fa"
            + "01 03 19 0c 0b 0a c4 41 43 4d 45 c0 42 12 b3 c2 50 31 01 05 c1 00 00 17"
            + "01 03 00 c4 41 43 4d 45 83 ae dd 96 c2 4d 31 c0 c2 53 39 c0 c0 c1 00 ef");

    static final BoardInfo BOARD = new BoardInfo(25, 0x0A0B0C, FruField.text("ACME"), FruField.EMPTY,
            new FruField(FieldType.BCD_PLUS, Bytes.fromHex("12 b3")), FruField.text("P1"),
            FruField.binary(Bytes.fromHex("05")), List.of());
    static final ProductInfo PRODUCT = new ProductInfo(0, FruField.text("ACME"),
            new FruField(FieldType.SIX_BIT_ASCII, Bytes.fromHex("ae dd 96")), FruField.text("M1"), FruField.EMPTY,
            FruField.text("S9"), FruField.EMPTY, FruField.EMPTY, List.of());

    @Test
    void handComputedImageParsesIntoBoardAndProductAreas() {
        FruInfo info = FruCodec.parse(IMAGE);
        assertThat(info.problems()).isEmpty();
        assertThat(info.board()).contains(BOARD);
        assertThat(info.product()).contains(PRODUCT);
        BoardInfo b = info.board().orElseThrow();
        assertThat(b.manufacturer().text()).isEqualTo("ACME");
        assertThat(b.serialNumber().text()).isEqualTo("12-3");
        assertThat(b.fruFileId().text()).isEqualTo("05");
        assertThat(b.manufactured()).contains(Instant.parse("1997-04-02T01:48:00Z"));
        assertThat(info.product().orElseThrow().productName().text()).isEqualTo("NVME");
    }

    @Test
    void builderProducesTheHandComputedBytes() {
        assertThat(FruCodec.encode(FruInfo.of(BOARD, PRODUCT))).isEqualTo(IMAGE);
    }

    @Test
    void textFactoriesPackAsTheSpecSays() { // §13.1 BCD plus, §13.2 6-bit ASCII
        assertThat(FruField.sixBitAscii("NVME").data()).isEqualTo(Bytes.fromHex("ae dd 96"));
        assertThat(FruField.bcdPlus("12-3").data()).isEqualTo(Bytes.fromHex("12 b3"));
        assertThat(FruField.bcdPlus("7").data()).isEqualTo(Bytes.fromHex("7a"));
        assertThat(FruField.sixBitAscii("AB").typeLength()).isEqualTo(0x82);
    }

    @Test
    void areaChecksumFailureIsReportedAndTheOtherAreaStillParses() {
        byte[] b = IMAGE.toArray();
        b[8 + 6] ^= 0x01; // first data byte of the board manufacturer
        FruInfo info = FruCodec.parse(Bytes.wrap(b));
        assertThat(info.board()).isEmpty();
        assertThat(info.product()).contains(PRODUCT);
        assertThat(info.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("board area checksum");
            assertThat(p.offset()).isEqualTo(31);
        });
    }

    @Test
    void headerChecksumFailureRejectsTheImage() {
        byte[] b = IMAGE.toArray();
        b[7] = 0;
        assertThatThrownBy(() -> FruCodec.parse(Bytes.wrap(b))).isInstanceOfSatisfying(FruFormatException.class, e -> {
            assertThat(e.field()).isEqualTo("common header checksum");
            assertThat(e.offset()).isEqualTo(7);
        });
    }

    @Test
    void areaRunningBeyondTheImageIsReported() {
        FruInfo info = FruCodec.parse(IMAGE.slice(0, 40));
        assertThat(info.board()).isPresent();
        assertThat(info.product()).isEmpty();
        assertThat(info.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("product area length"));
    }

    @Test
    void fieldLongerThanItsAreaNamesTheField() {
        // board area of 8 bytes whose manufacturer claims 4 bytes: 01 01 00 00 00 00 c4 xx, checksum fixed by hand
        Bytes area = Bytes.fromHex("01 01 00 00 00 00 c4 3a");
        assertThatThrownBy(() -> FruCodec.parseBoardArea(area, 8)).isInstanceOfSatisfying(FruFormatException.class,
                e -> assertThat(e.field()).isEqualTo("board manufacturer"));
    }

    @Test
    void endMarkerBeforeAMandatoryFieldIsRejected() {
        Bytes area = Bytes.fromHex("01 01 00 c0 c0 c1 00 bd"); // product: language, two empty fields, end
        assertThatThrownBy(() -> FruCodec.parseProductArea(area, 16)).isInstanceOfSatisfying(FruFormatException.class, e -> {
            assertThat(e.field()).isEqualTo("product part/model number");
            assertThat(e.offset()).isEqualTo(21);
        });
    }

    @Test
    void customFieldsAndLongValuesRoundTrip() {
        BoardInfo board = new BoardInfo(0, BoardInfo.minutesSince1996(Instant.parse("2025-06-01T12:00:00Z")),
                FruField.text("Acme Storage Inc."), FruField.text("U.2 carrier"), FruField.text("BRD-000123"),
                FruField.sixBitAscii("PN-77"), FruField.EMPTY, List.of(FruField.text("rev B"), FruField.bcdPlus("2025.06")));
        ProductInfo product = new ProductInfo(25, FruField.text("Acme"), FruField.text("A".repeat(63)),
                FruField.text("ACM-1T"), FruField.text("1.0"), FruField.text("SN12345678"), FruField.EMPTY,
                FruField.EMPTY, List.of(FruField.binary(Bytes.fromHex("de ad be ef"))));
        Bytes image = FruCodec.encode(FruInfo.of(board, product));
        assertThat(image.length() % 8).isZero();
        assertThat(FruCodec.parse(image)).isEqualTo(FruInfo.of(board, product));
        assertThat(FruCodec.parse(image).board().orElseThrow().manufactured()).contains(Instant.parse("2025-06-01T12:00:00Z"));
    }

    @Test
    void oneByteTextCannotBeStoredBecauseItIsTheEndMarker() {
        assertThatThrownBy(() -> FruField.text("X")).isInstanceOf(IllegalArgumentException.class);
    }
}
