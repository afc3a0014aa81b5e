package org.bmcplatform.profiles.ipmifru;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Bounds-checked reader over one info area, stopping before its checksum byte. */
final class AreaReader {
    private final Bytes area;
    private final int start;
    private final int end;
    private final String name;
    private int pos;

    private AreaReader(Bytes area, int start, String name) {
        this.area = area;
        this.start = start;
        this.end = area.length() - 1;
        this.name = name;
        this.pos = 2;
    }

    /** Checks version, length and checksum, then positions after the length byte. */
    static AreaReader open(Bytes area, int start, String name) {
        int len = FruCodec.areaLength(area, start);
        if (area.length() < len) {
            throw new FruFormatException(start + 1, name + " area length", len + " bytes but only " + area.length() + " given");
        }
        Bytes exact = area.slice(0, len);
        int sum = FruChecksum.sum(exact.toArray(), 0, len);
        if (sum != 0) {
            throw new FruFormatException(start + len - 1, name + " area checksum", String.format("area sums to 0x%02x, not 0", sum));
        }
        return new AreaReader(exact, start, name);
    }

    int u8(String field) {
        if (pos >= end) {
            throw new FruFormatException(start + pos, field, "runs into the " + name + " area checksum");
        }
        return area.get(pos++);
    }

    /** Reads the fixed fields; the end marker may not come before them. */
    List<FruField> fields(String[] names) {
        List<FruField> out = new ArrayList<>(names.length);
        for (String field : names) {
            int at = pos;
            int tl = u8(field);
            if (tl == FruCodec.END_OF_FIELDS) {
                throw new FruFormatException(start + at, field, "end-of-fields marker before this mandatory field");
            }
            out.add(field(tl, field));
        }
        return out;
    }

    /** Reads custom fields up to the end marker. */
    List<FruField> custom() {
        List<FruField> out = new ArrayList<>();
        while (true) {
            int tl = u8(name + " custom field " + out.size());
            if (tl == FruCodec.END_OF_FIELDS) {
                return out;
            }
            out.add(field(tl, name + " custom field " + out.size()));
        }
    }

    private FruField field(int typeLength, String field) {
        int len = typeLength & 0x3F;
        if (pos + len > end) {
            throw new FruFormatException(start + pos - 1, field, len + " bytes run into the " + name + " area checksum");
        }
        Bytes data = area.slice(pos, pos + len);
        pos += len;
        return new FruField(FieldType.of(typeLength >>> 6), data);
    }
}
