package org.bmcplatform.profiles.ncsi;

/** Link Status bits 9..15, what the link partner advertised (DSP0222 "Link Status field bit definitions"). */
public enum PartnerAbility {
    BASE_T_1000_FULL(9), BASE_T_1000_HALF(10), BASE_T4_100(11), BASE_TX_100_FULL(12), BASE_TX_100_HALF(13),
    BASE_T_10_FULL(14), BASE_T_10_HALF(15);

    private final int bit;

    PartnerAbility(int bit) {
        this.bit = bit;
    }

    /** Bit number in the Link Status dword. */
    public int bit() {
        return bit;
    }

    long mask() {
        return 1L << bit;
    }
}
