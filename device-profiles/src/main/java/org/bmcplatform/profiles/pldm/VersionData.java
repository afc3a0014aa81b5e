package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.bmcplatform.mctp.Bytes;

/**
 * The version data a GetPLDMVersion transfer carries (DSP0240 Table "GetPLDMVersion command
 * format", field PLDMVersionData): one or more ver32 followed by a CRC-32 (IEEE 802.3, as
 * {@link CRC32} and libpldm {@code pldm_edac_crc32}) over the ver32 bytes, little-endian. In a
 * multipart transfer the CRC-32 ends the last part; this class works on the reassembled whole.
 */
public final class VersionData {
    private VersionData() {
    }

    /** The ver32 entries followed by their CRC-32. */
    public static Bytes encode(List<Ver32> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("version data holds at least one ver32");
        }
        WireWriter w = new WireWriter();
        for (Ver32 v : versions) {
            w.u32(v.value());
        }
        Bytes entries = w.toBytes();
        return entries.concat(new WireWriter().u32(crc32(entries)).toBytes());
    }

    /** Parses the whole version data and checks its CRC-32. */
    public static List<Ver32> decode(Bytes data) {
        int len = data.length();
        if (len < 8 || len % 4 != 0) {
            throw new PldmFormatException(0, "PLDMVersionData",
                    "is n ver32 (n >= 1) and a CRC-32, a multiple of 4 bytes of at least 8, was " + len + " bytes");
        }
        WireReader r = new WireReader(data);
        List<Ver32> versions = new ArrayList<>();
        while (r.remaining() > 4) {
            versions.add(Ver32.ofValue(r.u32("ver32 " + versions.size())));
        }
        long carried = r.u32("PLDMVersionData CRC-32");
        long computed = crc32(data.slice(0, len - 4));
        if (carried != computed) {
            throw new PldmFormatException(len - 4, "PLDMVersionData CRC-32",
                    String.format("carried 0x%08x, computed 0x%08x", carried, computed));
        }
        return List.copyOf(versions);
    }

    static long crc32(Bytes data) {
        CRC32 crc = new CRC32();
        crc.update(data.toArray());
        return crc.getValue();
    }
}
