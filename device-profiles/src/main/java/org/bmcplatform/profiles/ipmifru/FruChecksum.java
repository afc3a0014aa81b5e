package org.bmcplatform.profiles.ipmifru;

/** Zero checksum (FRU spec §16.2 / §17 / §18): all bytes of a header or area sum to 0 modulo 256. */
final class FruChecksum {
    private FruChecksum() {
    }

    static int sum(byte[] b, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += b[i] & 0xFF;
        }
        return s & 0xFF;
    }

    /** The byte that makes {@code b[from..to)} plus itself sum to zero. */
    static int complement(byte[] b, int from, int to) {
        return -sum(b, from, to) & 0xFF;
    }
}
