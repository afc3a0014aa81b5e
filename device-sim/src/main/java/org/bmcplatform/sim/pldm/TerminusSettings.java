package org.bmcplatform.sim.pldm;

/**
 * Limits of a simulated PLDM terminus (STYLE.md rule 19: named settings, not literals).
 *
 * @param maxPdrPart     most record bytes in one GetPDR response, whatever requestCount asks; openbmc's
 *                       platform-mc asks for at most 1024 (device-protocols.md §7 caveat 19)
 * @param fruPortion     bytes of the FRU record table (with pad and CRC-32) per GetFRURecordTable part;
 *                       the terminus chooses, DSP0257 lets the requester only walk the parts
 * @param versionPortion bytes of version data (ver32 list and CRC-32) per GetPLDMVersion part
 */
public record TerminusSettings(int maxPdrPart, int fruPortion, int versionPortion) {
    /** 1024-byte PDR parts (platform-mc's buffer), 256-byte FRU portions, version data in one part. */
    public static final TerminusSettings DEFAULTS = new TerminusSettings(1024, 256, 64);

    public TerminusSettings {
        if (maxPdrPart < 1 || fruPortion < 1 || versionPortion < 1) {
            throw new IllegalArgumentException("part sizes are at least 1 byte: " + maxPdrPart + ", " + fruPortion + ", " + versionPortion);
        }
    }

    public TerminusSettings withFruPortion(int bytes) {
        return new TerminusSettings(maxPdrPart, bytes, versionPortion);
    }

    public TerminusSettings withVersionPortion(int bytes) {
        return new TerminusSettings(maxPdrPart, fruPortion, bytes);
    }
}
