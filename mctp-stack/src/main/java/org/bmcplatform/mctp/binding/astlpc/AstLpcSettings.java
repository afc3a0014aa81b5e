package org.bmcplatform.mctp.binding.astlpc;

/**
 * How one astlpc binding starts (reference mctp-stack.md §3.4).
 *
 * @param role         BMC or host
 * @param mtu          the packet size (4-byte header included) this side asks for, at least 68; the BMC
 *                     may ask for {@link #LARGEST_MTU}, the largest the window allows (libmctp fileio
 *                     mode). Version 1 always runs at the baseline 68.
 * @param versionMin   lowest protocol version spoken, 1..3
 * @param versionMax   highest protocol version spoken, versionMin..3
 * @param txQueueLimit packets waiting behind the one in flight before transmissions fail
 */
public record AstLpcSettings(AstLpcRole role, int mtu, int versionMin, int versionMax, int txQueueLimit) {
    /** The BMC asks for the largest MTU the window allows. */
    public static final int LARGEST_MTU = 0;
    /** Default queue: a 64 KiB message in baseline packets, twice over. */
    public static final int DEFAULT_TX_QUEUE_LIMIT = 4096;

    public AstLpcSettings {
        if (role == null) {
            throw new IllegalArgumentException("role is required");
        }
        if (mtu != LARGEST_MTU && mtu < AstLpcFraming.BASELINE_PACKET) {
            throw new IllegalArgumentException("astlpc MTU must be at least " + AstLpcFraming.BASELINE_PACKET + ", was " + mtu);
        }
        if (mtu == LARGEST_MTU && role != AstLpcRole.BMC) {
            throw new IllegalArgumentException("only the BMC may ask for the largest MTU (0); give the host an MTU of at least 68");
        }
        if (versionMin < AstLpcFraming.VERSION_MIN || versionMax > AstLpcFraming.VERSION_MAX || versionMin > versionMax) {
            throw new IllegalArgumentException("astlpc versions must satisfy 1 <= min <= max <= 3, were " + versionMin
                    + ".." + versionMax);
        }
        if (txQueueLimit < 1) {
            throw new IllegalArgumentException("transmit queue limit must be positive, was " + txQueueLimit);
        }
    }

    /** The BMC speaking versions 1..3 and asking for {@code mtu}. */
    public static AstLpcSettings bmc(int mtu) {
        return new AstLpcSettings(AstLpcRole.BMC, mtu, AstLpcFraming.VERSION_MIN, AstLpcFraming.VERSION_MAX,
                DEFAULT_TX_QUEUE_LIMIT);
    }

    /** The host speaking versions 1..3 and asking for {@code mtu}. */
    public static AstLpcSettings host(int mtu) {
        return new AstLpcSettings(AstLpcRole.HOST, mtu, AstLpcFraming.VERSION_MIN, AstLpcFraming.VERSION_MAX,
                DEFAULT_TX_QUEUE_LIMIT);
    }

    public AstLpcSettings withVersions(int min, int max) {
        return new AstLpcSettings(role, mtu, min, max, txQueueLimit);
    }

    public AstLpcSettings withTxQueueLimit(int limit) {
        return new AstLpcSettings(role, mtu, versionMin, versionMax, limit);
    }
}
