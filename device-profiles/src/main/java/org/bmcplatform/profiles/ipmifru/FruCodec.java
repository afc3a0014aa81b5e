package org.bmcplatform.profiles.ipmifru;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/**
 * Parses and builds IPMI FRU images (FRU spec §8 common header, §11 board info area, §12 product
 * info area, §13 type/length fields). Stateless. Area lengths and checksums are computed when
 * building and verified when parsing; failures name offset and field.
 */
public final class FruCodec {
    public static final int AREA_VERSION = 0x01;
    public static final int END_OF_FIELDS = 0xC1;
    private static final String[] BOARD_FIELDS = {"board manufacturer", "board product name", "board serial number",
            "board part number", "board FRU file id"};
    private static final String[] PRODUCT_FIELDS = {"product manufacturer", "product name", "product part/model number",
            "product version", "product serial number", "asset tag", "product FRU file id"};

    private FruCodec() {
    }

    /** Parses the header, then each area independently: a broken area becomes a problem, the others still parse. */
    public static FruInfo parse(Bytes image) {
        CommonHeader header = parseHeader(image);
        List<FruProblem> problems = new ArrayList<>();
        Optional<BoardInfo> board = Optional.empty();
        Optional<ProductInfo> product = Optional.empty();
        if (header.boardInfoStart() >= 0) {
            try {
                board = Optional.of(parseBoardArea(areaAt(image, header.boardInfoStart(), "board"), header.boardInfoStart()));
            } catch (FruFormatException e) {
                problems.add(FruProblem.of(e));
            }
        }
        if (header.productInfoStart() >= 0) {
            try {
                product = Optional.of(parseProductArea(areaAt(image, header.productInfoStart(), "product"), header.productInfoStart()));
            } catch (FruFormatException e) {
                problems.add(FruProblem.of(e));
            }
        }
        return new FruInfo(board, product, problems);
    }

    /** The common header from the first 8 bytes; a wrong version or checksum fails the whole image. */
    public static CommonHeader parseHeader(Bytes image) {
        if (image.length() < CommonHeader.LENGTH) {
            throw new FruFormatException(image.length(), "common header", "needs 8 bytes, got " + image.length());
        }
        if ((image.get(0) & 0x0F) != CommonHeader.FORMAT_VERSION) {
            throw new FruFormatException(0, "common header format version", String.format("expected 0x01, was 0x%02x", image.get(0)));
        }
        byte[] h = image.slice(0, CommonHeader.LENGTH).toArray();
        if (FruChecksum.sum(h, 0, CommonHeader.LENGTH) != 0) {
            throw new FruFormatException(7, "common header checksum",
                    String.format("bytes sum to 0x%02x, not 0", FruChecksum.sum(h, 0, CommonHeader.LENGTH)));
        }
        return new CommonHeader(image.get(1), image.get(2), image.get(3), image.get(4), image.get(5));
    }

    /**
     * The length in bytes of the area whose first two bytes are given (version, length in 8-byte units).
     *
     * @param start the area's offset in the image, for error messages
     */
    public static int areaLength(Bytes areaPrefix, int start) {
        if (areaPrefix.length() < 2) {
            throw new FruFormatException(start + areaPrefix.length(), "area length", "area ends before its length byte");
        }
        if ((areaPrefix.get(0) & 0x0F) != AREA_VERSION) {
            throw new FruFormatException(start, "area format version", String.format("expected 0x01, was 0x%02x", areaPrefix.get(0)));
        }
        if (areaPrefix.get(1) == 0) {
            throw new FruFormatException(start + 1, "area length", "length 0");
        }
        return areaPrefix.get(1) * 8;
    }

    private static Bytes areaAt(Bytes image, int start, String name) {
        if (start >= image.length()) {
            throw new FruFormatException(start, name + " area", "starts beyond the image (" + image.length() + " bytes)");
        }
        int len = areaLength(image.slice(start, Math.min(image.length(), start + 2)), start);
        if (start + len > image.length()) {
            throw new FruFormatException(start + 1, name + " area length", len + " bytes run beyond the image");
        }
        return image.slice(start, start + len);
    }

    /** Parses a board info area given from its first byte to its checksum byte. */
    public static BoardInfo parseBoardArea(Bytes area, int start) {
        AreaReader r = AreaReader.open(area, start, "board");
        int language = r.u8("board language code");
        int minutes = r.u8("board manufacturing date") | r.u8("board manufacturing date") << 8 | r.u8("board manufacturing date") << 16;
        List<FruField> f = r.fields(BOARD_FIELDS);
        return new BoardInfo(language, minutes, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), r.custom());
    }

    /** Parses a product info area given from its first byte to its checksum byte. */
    public static ProductInfo parseProductArea(Bytes area, int start) {
        AreaReader r = AreaReader.open(area, start, "product");
        int language = r.u8("product language code");
        List<FruField> f = r.fields(PRODUCT_FIELDS);
        return new ProductInfo(language, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), r.custom());
    }

    /** Builds an image: common header, then the board area, then the product area (each when present). */
    public static Bytes encode(FruInfo info) {
        Bytes board = info.board().map(FruCodec::encodeBoardArea).orElse(Bytes.EMPTY);
        Bytes product = info.product().map(FruCodec::encodeProductArea).orElse(Bytes.EMPTY);
        int boardOffset = board.isEmpty() ? 0 : 1;
        int productOffset = product.isEmpty() ? 0 : 1 + board.length() / 8;
        byte[] h = {CommonHeader.FORMAT_VERSION, 0, 0, (byte) boardOffset, (byte) productOffset, 0, 0, 0};
        h[7] = (byte) FruChecksum.complement(h, 0, 7);
        return Bytes.wrap(h).concat(board).concat(product);
    }

    public static Bytes encodeBoardArea(BoardInfo b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b.languageCode());
        out.write(b.manufacturedMinutes());
        out.write(b.manufacturedMinutes() >>> 8);
        out.write(b.manufacturedMinutes() >>> 16);
        List<FruField> fields = new ArrayList<>(List.of(b.manufacturer(), b.productName(), b.serialNumber(),
                b.partNumber(), b.fruFileId()));
        fields.addAll(b.custom());
        return closeArea(out, fields);
    }

    public static Bytes encodeProductArea(ProductInfo p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(p.languageCode());
        List<FruField> fields = new ArrayList<>(List.of(p.manufacturer(), p.productName(), p.partNumber(),
                p.version(), p.serialNumber(), p.assetTag(), p.fruFileId()));
        fields.addAll(p.custom());
        return closeArea(out, fields);
    }

    /** Prefixes version and length, appends fields, end marker, zero pad and checksum (§11, §12). */
    private static Bytes closeArea(ByteArrayOutputStream body, List<FruField> fields) {
        for (FruField f : fields) {
            body.write(f.typeLength());
            body.writeBytes(f.data().toArray());
        }
        body.write(END_OF_FIELDS);
        int unpadded = 2 + body.size() + 1;
        int length = (unpadded + 7) / 8 * 8;
        if (length / 8 > 0xFF) {
            throw new IllegalArgumentException("area of " + length + " bytes exceeds 255 x 8 bytes");
        }
        byte[] a = new byte[length];
        a[0] = AREA_VERSION;
        a[1] = (byte) (length / 8);
        System.arraycopy(body.toByteArray(), 0, a, 2, body.size());
        a[length - 1] = (byte) FruChecksum.complement(a, 0, length - 1);
        return Bytes.wrap(a);
    }
}
