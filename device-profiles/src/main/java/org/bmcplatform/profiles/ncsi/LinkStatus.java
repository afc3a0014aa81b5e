package org.bmcplatform.profiles.ncsi;

import java.util.EnumSet;
import java.util.Set;

/**
 * The 32-bit Link Status field of Get Link Status responses and Link Status Change AENs (DSP0222
 * "Link Status field bit definitions"): bit 0 link up, 4:1 speed and duplex, 5 autonegotiation
 * enabled, 6 autonegotiation complete, 7 parallel detection used, 9..15 what the link partner
 * advertised, 16 TX flow control enabled, 17 RX flow control enabled, 19:18 link partner flow
 * control, 20 SerDes link, 21 OEM link speed valid (read the OEM Link Status then). Bits this
 * record does not name (8 and 22..31, reserved in the table) are kept in {@code otherBits} so
 * that every value round-trips.
 */
public record LinkStatus(boolean linkUp, SpeedDuplex speedDuplex, boolean autonegotiationEnabled,
        boolean autonegotiationComplete, boolean parallelDetection, Set<PartnerAbility> partnerAdvertised,
        boolean txFlowControl, boolean rxFlowControl, PartnerFlowControl partnerFlowControl, boolean serdesLink,
        boolean oemLinkSpeedValid, long otherBits) {
    /** Bit 8 and bits 22..31. */
    public static final long OTHER_BITS_MASK = 0xFFC0_0100L;

    public LinkStatus {
        WireRange.required(speedDuplex, "speed/duplex");
        partnerAdvertised = Set.copyOf(WireRange.required(partnerAdvertised, "link partner abilities"));
        WireRange.required(partnerFlowControl, "link partner flow control");
        if ((otherBits & ~OTHER_BITS_MASK) != 0) {
            throw new IllegalArgumentException(String.format(
                    "other bits lie in mask 0x%08x (bit 8, bits 22..31), was 0x%08x", OTHER_BITS_MASK, otherBits));
        }
    }

    /** Link down, nothing negotiated. */
    public static final LinkStatus DOWN = new LinkStatus(false, SpeedDuplex.NO_LINK, false, false, false, Set.of(),
            false, false, PartnerFlowControl.NOT_PAUSE_CAPABLE, false, false, 0);

    /** A link up at {@code speed} after autonegotiation, no flow control, nothing else set. */
    public static LinkStatus up(SpeedDuplex speed) {
        return new LinkStatus(true, speed, true, true, false, Set.of(), false, false,
                PartnerFlowControl.NOT_PAUSE_CAPABLE, false, false, 0);
    }

    /** Decodes the dword (only its low 32 bits count). */
    public static LinkStatus ofBits(long bits) {
        WireRange.unsigned(bits, 32, "link status");
        Set<PartnerAbility> partner = EnumSet.noneOf(PartnerAbility.class);
        for (PartnerAbility a : PartnerAbility.values()) {
            if ((bits & a.mask()) != 0) {
                partner.add(a);
            }
        }
        return new LinkStatus(bit(bits, 0), SpeedDuplex.of((int) (bits >>> 1) & 0xF), bit(bits, 5), bit(bits, 6),
                bit(bits, 7), partner, bit(bits, 16), bit(bits, 17), PartnerFlowControl.ofCode((int) (bits >>> 18) & 0x3),
                bit(bits, 20), bit(bits, 21), bits & OTHER_BITS_MASK);
    }

    /** The dword as it goes on the wire. */
    public long bits() {
        long v = flag(linkUp, 0) | (long) speedDuplex.code() << 1 | flag(autonegotiationEnabled, 5)
                | flag(autonegotiationComplete, 6) | flag(parallelDetection, 7) | flag(txFlowControl, 16)
                | flag(rxFlowControl, 17) | (long) partnerFlowControl.code() << 18 | flag(serdesLink, 20)
                | flag(oemLinkSpeedValid, 21) | otherBits;
        for (PartnerAbility a : partnerAdvertised) {
            v |= a.mask();
        }
        return v;
    }

    private static boolean bit(long bits, int n) {
        return (bits >>> n & 1) != 0;
    }

    private static long flag(boolean set, int n) {
        return set ? 1L << n : 0;
    }
}
