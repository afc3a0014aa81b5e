package org.bmcplatform.mctp.binding.pcc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/**
 * The ACPI Platform Communications Channel Table (ACPI 6.4 §14.1, Table 14.1), as Linux exposes it at
 * {@code /sys/firmware/acpi/tables/PCCT}: the 36-byte system description header, the PCC flags and
 * the subspace structures, indexed from 0 in table order (the index is the subspace id). Extended
 * subspaces (types 3 and 4, Table 14.13) are decoded field by field; other types keep type and length.
 *
 * @param revision the table revision (2 for ACPI 6.x)
 * @param flags    PCC global flags; bit 0: the platform can interrupt on command completion
 */
public record Pcct(int revision, String oemId, String oemTableId, long flags, List<Subspace> subspaces) {
    /** Where Linux exposes the table. */
    public static final Path SYSFS_PATH = Path.of("/sys/firmware/acpi/tables/PCCT");
    static final int HEADER_LENGTH = 36;
    static final int SUBSPACES_OFFSET = 48;
    /** Length of a type 3 or type 4 subspace structure. */
    static final int EXTENDED_LENGTH = 164;

    public Pcct {
        subspaces = List.copyOf(subspaces);
    }

    /** A Generic Address Structure (ACPI 6.4 §5.2.3.2): address space 0 = system memory, 1 = system I/O. */
    public record GenericAddress(int spaceId, int bitWidth, int bitOffset, int accessSize, long address) {
        public static final int SYSTEM_MEMORY = 0;
        public static final int SYSTEM_IO = 1;

        /** A register the firmware left out (all zero): not to be accessed. */
        public boolean isAbsent() {
            return address == 0;
        }
    }

    /** A register written read-modify-write: {@code (value & preserve) | set} (ACPI 6.4 §14.1.6). */
    public record WriteRegister(GenericAddress address, long preserveMask, long setMask) {
    }

    /** A register read and masked. */
    public record ReadRegister(GenericAddress address, long mask) {
    }

    /** One subspace structure. */
    public sealed interface Subspace permits Extended, Other {
        /** Position in the table: the subspace id. */
        int index();

        /** The subspace type code. */
        int type();
    }

    /** A subspace of a type not decoded here (0, 1, 2, 5 or reserved), kept by type and length. */
    public record Other(int index, int type, int length) implements Subspace {
    }

    /**
     * An extended PCC subspace (ACPI 6.4 Table 14.13): type 3 (initiator) or 4 (responder).
     *
     * @param platformInterrupt    GSIV of the platform interrupt
     * @param interruptFlags       bit 0 polarity (active low), bit 1 mode (edge)
     * @param baseAddress          physical address of the shared memory
     * @param length               bytes of shared memory
     * @param nominalLatencyMicros expected time for the platform to process a command
     * @param maxAccessRate        periodic commands per minute (0: unlimited)
     * @param minTurnaroundMicros  minimum wait between a completion and the next command
     */
    public record Extended(int index, PccSubspace.Type subspaceType, long platformInterrupt, int interruptFlags,
            long baseAddress, long length, WriteRegister doorbell, long nominalLatencyMicros, long maxAccessRate,
            long minTurnaroundMicros, WriteRegister platformInterruptAck, ReadRegister commandCompleteCheck,
            WriteRegister commandCompleteUpdate, ReadRegister errorStatus) implements Subspace {
        @Override
        public int type() {
            return subspaceType.acpiType();
        }
    }

    /** The subspace with this id. */
    public Optional<Subspace> subspace(int id) {
        return id >= 0 && id < subspaces.size() ? Optional.of(subspaces.get(id)) : Optional.empty();
    }

    /**
     * The extended subspace with this id, of the given type.
     *
     * @throws IllegalArgumentException naming what the table holds instead
     */
    public Extended extended(int id, PccSubspace.Type type) {
        Subspace s = subspace(id).orElseThrow(() -> new IllegalArgumentException("the PCCT has " + subspaces.size()
                + " subspaces (ids 0.." + (subspaces.size() - 1) + "); there is no subspace " + id));
        if (!(s instanceof Extended e) || e.subspaceType() != type) {
            throw new IllegalArgumentException("PCCT subspace " + id + " is of type " + s.type() + "; MCTP needs type "
                    + type.acpiType() + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ") there");
        }
        return e;
    }

    /** Reads the table from a file, e.g. {@link #SYSFS_PATH}; one clear message when it is missing or unreadable. */
    public static Pcct read(Path path) {
        try {
            return parse(Bytes.wrap(Files.readAllBytes(path)));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no ACPI PCCT at " + path + ": this machine's firmware publishes no Platform"
                    + " Communications Channel table, so there is no PCC channel to use (check the path, or use pcc-file:"
                    + " for a simulated channel)", e);
        } catch (AccessDeniedException e) {
            throw new IllegalStateException("cannot read the ACPI PCCT at " + path + ": permission denied; ACPI tables are"
                    + " readable by root only, run as root (or with CAP_SYS_RAWIO and read access to " + path + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ACPI PCCT at " + path + ": " + e.getMessage(), e);
        }
    }

    /** Decodes a whole table; throws IllegalArgumentException naming the offset and field of the first fault. */
    public static Pcct parse(Bytes table) {
        AcpiReader header = new AcpiReader(table, table.length());
        String signature = header.ascii(0, 4, "signature");
        if (!signature.equals("PCCT")) {
            throw new IllegalArgumentException("PCCT: field 'signature' at offset 0 is '" + signature + "', expected 'PCCT'");
        }
        long length = header.u32(4, "length");
        if (length < SUBSPACES_OFFSET || length > table.length()) {
            throw new IllegalArgumentException("PCCT: field 'length' at offset 4 is " + length + ", but the table has "
                    + table.length() + " bytes and its fixed part " + SUBSPACES_OFFSET);
        }
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += table.get(i);
        }
        if ((sum & 0xFF) != 0) {
            throw new IllegalArgumentException(String.format("PCCT: field 'checksum' at offset 9 (0x%02x) leaves the table"
                    + " summing to 0x%02x instead of 0", table.get(9), sum & 0xFF));
        }
        AcpiReader r = new AcpiReader(table, (int) length);
        int revision = r.u8(8, "revision");
        String oemId = r.ascii(10, 6, "OEM ID").strip();
        String oemTableId = r.ascii(16, 8, "OEM table ID").strip();
        long flags = r.u32(36, "flags");
        List<Subspace> subspaces = new ArrayList<>();
        int offset = SUBSPACES_OFFSET;
        while (offset < length) {
            int index = subspaces.size();
            int type = r.u8(offset, "subspace " + index + " type");
            int subLength = r.u8(offset + 1, "subspace " + index + " length");
            if (subLength < 2 || offset + subLength > length) {
                throw new IllegalArgumentException("PCCT: field 'subspace " + index + " length' at offset " + (offset + 1)
                        + " is " + subLength + ", which does not fit the " + (length - offset) + " bytes left");
            }
            if (type == 3 || type == 4) {
                subspaces.add(extended(r, offset, index, type, subLength));
            } else {
                subspaces.add(new Other(index, type, subLength));
            }
            offset += subLength;
        }
        return new Pcct(revision, oemId, oemTableId, flags, subspaces);
    }

    /** ACPI 6.4 Table 14.13, offsets relative to the subspace structure. */
    private static Extended extended(AcpiReader r, int at, int index, int type, int subLength) {
        String s = "subspace " + index + " ";
        if (subLength != EXTENDED_LENGTH) {
            throw new IllegalArgumentException("PCCT: field '" + s + "length' at offset " + (at + 1) + " is " + subLength
                    + ", a type " + type + " subspace is " + EXTENDED_LENGTH + " bytes");
        }
        return new Extended(index, type == 3 ? PccSubspace.Type.INITIATOR : PccSubspace.Type.RESPONDER,
                r.u32(at + 2, s + "platform interrupt"),
                r.u8(at + 6, s + "platform interrupt flags"),
                r.u64(at + 8, s + "base address"),
                r.u32(at + 16, s + "memory range length"),
                new WriteRegister(r.gas(at + 20, s + "doorbell register"), r.u64(at + 32, s + "doorbell preserve"),
                        r.u64(at + 40, s + "doorbell write")),
                r.u32(at + 48, s + "nominal latency"),
                r.u32(at + 52, s + "maximum periodic access rate"),
                r.u32(at + 56, s + "minimum request turnaround time"),
                new WriteRegister(r.gas(at + 60, s + "platform interrupt ack register"),
                        r.u64(at + 72, s + "platform interrupt ack preserve"), r.u64(at + 80, s + "platform interrupt ack set")),
                new ReadRegister(r.gas(at + 96, s + "command complete check register"),
                        r.u64(at + 108, s + "command complete check mask")),
                new WriteRegister(r.gas(at + 116, s + "command complete update register"),
                        r.u64(at + 128, s + "command complete update preserve mask"),
                        r.u64(at + 136, s + "command complete update set mask")),
                new ReadRegister(r.gas(at + 144, s + "error status register"), r.u64(at + 156, s + "error status mask")));
    }
}
