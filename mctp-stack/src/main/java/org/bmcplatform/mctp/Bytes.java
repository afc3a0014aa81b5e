package org.bmcplatform.mctp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte sequence with value semantics and a hex {@code toString} (STYLE.md rule 21):
 * wire records hold this, never a raw {@code byte[]}.
 */
public final class Bytes implements Comparable<Bytes> {
    public static final Bytes EMPTY = new Bytes(new byte[0]);
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /** Copies the array. */
    public static Bytes of(byte... data) {
        return data.length == 0 ? EMPTY : new Bytes(data.clone());
    }

    /** Copies {@code length} bytes from {@code offset}. */
    public static Bytes of(byte[] data, int offset, int length) {
        return new Bytes(Arrays.copyOfRange(data, offset, offset + length));
    }

    /** Each int is taken modulo 256: {@code Bytes.ofUnsigned(0x7E, 0x01)}. */
    public static Bytes ofUnsigned(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new Bytes(b);
    }

    /**
     * Parses hex, ignoring whitespace, colons and an optional {@code 0x} prefix:
     * {@code "7e 01 07"}, {@code "7E0107"}, {@code "0x7e:01:07"}.
     *
     * @throws IllegalArgumentException naming the offending character
     */
    public static Bytes fromHex(String hex) {
        String s = hex.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '-' || c == ',') {
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                throw new IllegalArgumentException("not a hex digit '" + c + "' at position " + i + " of \"" + hex + "\"");
            }
            clean.append(c);
        }
        if (clean.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits (" + clean.length() + ") in \"" + hex + "\"");
        }
        return new Bytes(HexFormat.of().parseHex(clean));
    }

    /** Takes ownership of the array without copying; the caller must not modify it afterwards. */
    public static Bytes wrap(byte[] data) {
        return data.length == 0 ? EMPTY : new Bytes(data);
    }

    public int length() {
        return data.length;
    }

    public boolean isEmpty() {
        return data.length == 0;
    }

    /** The byte at {@code index} as an unsigned value 0..255. */
    public int get(int index) {
        return data[index] & 0xFF;
    }

    public byte getByte(int index) {
        return data[index];
    }

    public Bytes slice(int from, int to) {
        if (from == 0 && to == data.length) {
            return this;
        }
        return new Bytes(Arrays.copyOfRange(data, from, to));
    }

    public Bytes slice(int from) {
        return slice(from, data.length);
    }

    public Bytes concat(Bytes other) {
        if (other.isEmpty()) {
            return this;
        }
        byte[] b = Arrays.copyOf(data, data.length + other.data.length);
        System.arraycopy(other.data, 0, b, data.length, other.data.length);
        return new Bytes(b);
    }

    /** A fresh copy of the content. */
    public byte[] toArray() {
        return data.clone();
    }

    /** Copies the content into {@code dest} at {@code offset}. */
    public void copyTo(byte[] dest, int offset) {
        System.arraycopy(data, 0, dest, offset, data.length);
    }

    /** Lower-case hex, bytes separated by single spaces. */
    public String toHex() {
        return HEX.formatHex(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    @Override
    public String toString() {
        return "[" + toHex() + "]";
    }
}
