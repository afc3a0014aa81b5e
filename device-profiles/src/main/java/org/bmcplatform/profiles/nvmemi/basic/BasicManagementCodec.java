package org.bmcplatform.profiles.nvmemi.basic;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.checksum.Crc8Smbus;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;

/**
 * Encodes and decodes the NVMe Basic Management Command blocks (NVMe-MI 1.2 Appendix A;
 * device-protocols.md §2.9) as an SMBus block read returns them: the byte count, the data, and the
 * PEC when the read uses one. The byte count and the PEC are computed here, never passed in.
 *
 * <p>The PEC is SMBus CRC-8 (SMBus 3.x §6.4) over the whole block read transaction: the target
 * address with the write bit, the command code, the target address with the read bit, the byte count
 * and the data — so checking it needs the 7-bit address and the command code.
 *
 * <p>Stateless. Malformed input raises {@link BasicManagementFormatException}, nothing else.
 */
public final class BasicManagementCodec {
    /** The drive's usual 7-bit address (dbus-sensors default). */
    public static final int DEFAULT_ADDRESS = 0x6A;

    private BasicManagementCodec() {
    }

    /** The bytes the drive returns for the block read of {@code block}: byte count, data, then the PEC if {@code pec}. */
    public static Bytes encode(BasicManagementBlock block, int address, boolean pec) {
        checkAddress(address);
        byte[] out;
        if (block instanceof DriveStatus s) {
            out = new byte[] {(byte) DriveStatus.LENGTH, (byte) s.flags(), (byte) s.warnings().raw(),
                    (byte) s.temperature().raw(), (byte) s.percentageUsed(), (byte) s.byte5(), (byte) s.byte6()};
        } else {
            DriveIdentity id = (DriveIdentity) block;
            out = new byte[1 + DriveIdentity.LENGTH];
            out[0] = (byte) DriveIdentity.LENGTH;
            out[1] = (byte) (id.vendorId() >>> 8);
            out[2] = (byte) id.vendorId();
            id.serialNumber().copyTo(out, 3);
        }
        Bytes data = Bytes.wrap(out);
        return pec ? data.concat(Bytes.ofUnsigned(pec(address, block.commandCode(), data, data.length()))) : data;
    }

    /**
     * Decodes what a block read at {@code commandCode} from {@code address} returned.
     *
     * @param read the byte count, the data and, when {@code pec}, the PEC byte
     */
    public static BasicManagementBlock decode(int commandCode, Bytes read, int address, boolean pec) {
        checkAddress(address);
        int expected;
        if (commandCode == DriveStatus.COMMAND_CODE) {
            expected = DriveStatus.LENGTH;
        } else if (commandCode == DriveIdentity.COMMAND_CODE) {
            expected = DriveIdentity.LENGTH;
        } else {
            throw new BasicManagementFormatException(0, "command code",
                    String.format("0x%02x is not a basic management block (0x00 status, 0x08 identity)", commandCode));
        }
        Reader r = new Reader(read);
        int count = r.u8("length");
        if (count != expected) {
            throw new BasicManagementFormatException(0, "length", String.format(
                    "command 0x%02x returns %d data bytes, the length byte says %d", commandCode, expected, count));
        }
        r.need(count + (pec ? 1 : 0), pec ? "data and PEC" : "data");
        if (r.remaining() > count + (pec ? 1 : 0)) {
            throw new BasicManagementFormatException(1 + count + (pec ? 1 : 0), "end",
                    (r.remaining() - count - (pec ? 1 : 0)) + " byte(s) after the block");
        }
        if (pec) {
            int carried = read.get(1 + count);
            int computed = pec(address, commandCode, read, 1 + count);
            if (carried != computed) {
                throw new BasicManagementFormatException(1 + count, "PEC",
                        String.format("carried 0x%02x, computed 0x%02x", carried, computed));
            }
        }
        if (commandCode == DriveStatus.COMMAND_CODE) {
            return new DriveStatus(r.u8("status flags"), new SmartWarnings(r.u8("SMART warnings")),
                    new CompositeTemperature(r.u8("CTEMP")), r.u8("PDLU"), r.u8("byte 5"), r.u8("byte 6"));
        }
        int vid = r.u8("vendor ID MSB") << 8;
        vid |= r.u8("vendor ID LSB");
        return new DriveIdentity(vid, r.bytes(DriveIdentity.SERIAL_LENGTH, "serial number"));
    }

    /** SMBus PEC of a block read: address+W, command, address+R, then {@code length} bytes of {@code data}. */
    static int pec(int address, int commandCode, Bytes data, int length) {
        int crc = Crc8Smbus.update(0, address << 1);
        crc = Crc8Smbus.update(crc, commandCode);
        crc = Crc8Smbus.update(crc, address << 1 | 1);
        for (int i = 0; i < length; i++) {
            crc = Crc8Smbus.update(crc, data.get(i));
        }
        return crc;
    }

    private static void checkAddress(int address) {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("a 7-bit SMBus address, was " + address);
        }
    }

    /** Bounds-checked reader over the read bytes; errors name the offset and the field. */
    private static final class Reader {
        private final Bytes data;
        private int pos;

        Reader(Bytes data) {
            this.data = data;
        }

        int remaining() {
            return data.length() - pos;
        }

        void need(int n, String field) {
            if (remaining() < n) {
                throw new BasicManagementFormatException(pos, field,
                        "needs " + n + " byte(s) but only " + Math.max(0, remaining()) + " remain");
            }
        }

        int u8(String field) {
            need(1, field);
            return data.get(pos++);
        }

        Bytes bytes(int n, String field) {
            need(n, field);
            Bytes b = data.slice(pos, pos + n);
            pos += n;
            return b;
        }
    }
}
