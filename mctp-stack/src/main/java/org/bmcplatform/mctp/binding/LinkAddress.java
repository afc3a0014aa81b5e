package org.bmcplatform.mctp.binding;

import org.bmcplatform.mctp.Bytes;

/**
 * A physical (link-layer) address, as Linux keeps it: one byte holding the 7-bit address on
 * SMBus/I2C (unshifted), empty on point-to-point links such as serial or PCC.
 */
public record LinkAddress(Bytes value) {
    public static final LinkAddress NONE = new LinkAddress(Bytes.EMPTY);

    public LinkAddress {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
    }

    /** A 7-bit SMBus/I2C address (0x00..0x7F), unshifted. */
    public static LinkAddress smbus(int address7) {
        if (address7 < 0 || address7 > 0x7F) {
            throw new IllegalArgumentException(String.format("SMBus address must be 7-bit (0x00..0x7f), was 0x%x", address7));
        }
        return new LinkAddress(Bytes.ofUnsigned(address7));
    }

    /** Parses {@code 0x1d}, {@code 29} or an empty string (no address). */
    public static LinkAddress parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("-")) {
            return NONE;
        }
        return new LinkAddress(Bytes.fromHex(t.startsWith("0x") || t.startsWith("0X") ? t : String.format("%02x", Integer.parseInt(t))));
    }

    public boolean isNone() {
        return value.isEmpty();
    }

    /** The 7-bit SMBus address held by a one-byte link address. */
    public int smbusAddress() {
        if (value.length() != 1) {
            throw new IllegalStateException("not an SMBus address: " + this);
        }
        return value.get(0);
    }

    @Override
    public String toString() {
        if (value.isEmpty()) {
            return "-";
        }
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < value.length(); i++) {
            sb.append(String.format("%02x", value.get(i)));
        }
        return sb.toString();
    }
}
