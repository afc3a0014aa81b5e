package org.bmcplatform.profiles.ncsi;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;

/** Random valid NC-SI packets of every modelled kind, for round-trip properties. */
final class RandomNcsi {
    private static final int[] MODELLED = {0x08, 0x0A, 0x15, 0x16, 0x18, 0x52};
    private final Random rnd;

    RandomNcsi(Random rnd) {
        this.rnd = rnd;
    }

    int u8() {
        return rnd.nextInt(256);
    }

    int u16() {
        return rnd.nextInt(65536);
    }

    long u32() {
        return rnd.nextInt() & 0xFFFF_FFFFL;
    }

    Bytes bytes(int max) {
        byte[] b = new byte[rnd.nextInt(max + 1)];
        rnd.nextBytes(b);
        return Bytes.wrap(b);
    }

    ControlHeader header() {
        int mcId = rnd.nextInt(4) == 0 ? u8() : 0;
        return new ControlHeader(mcId, u8(), ChannelId.ofCode(u8()));
    }

    /** A command none of the request/response records model, 0x00..{@code max}. */
    NcsiCommand unmodelled(int max) {
        while (true) {
            NcsiCommand c = NcsiCommand.of(rnd.nextInt(max + 1));
            if (!c.isModelled()) {
                return c;
            }
        }
    }

    ReasonCode reason() {
        return rnd.nextInt(3) == 0 ? ReasonCode.of(u16()) : ReasonCode.NO_ERROR;
    }

    LinkStatus linkStatus() {
        return LinkStatus.ofBits(u32());
    }

    PacketStatistics statistics() {
        CounterWidth width = rnd.nextBoolean() ? CounterWidth.BITS_32 : CounterWidth.BITS_64;
        Map<PacketCounter, Long> m = new EnumMap<>(PacketCounter.class);
        for (PacketCounter c : PacketCounter.values()) {
            m.put(c, width == CounterWidth.BITS_64 && c.wide() ? rnd.nextLong() : u32());
        }
        return new PacketStatistics(width, rnd.nextLong(), m);
    }

    NcsiPacket packet() {
        ControlHeader h = header();
        switch (rnd.nextInt(18)) {
            case 16:
                return new AenEnableRequest(h, u8(), u32());
            case 17:
                return new AenEnableResponse(h, reason());
            case 0:
                return new GetLinkStatusRequest(h);
            case 1:
                return new GetVersionIdRequest(h);
            case 2:
                return new GetCapabilitiesRequest(h);
            case 3:
                return new GetControllerPacketStatisticsRequest(h);
            case 4:
                return new GetPackageUuidRequest(h);
            case 5:
                return new OtherRequest(h, unmodelled(0x7F), bytes(40));
            case 6:
                return new GetLinkStatusResponse(h, reason(), linkStatus(), u32(), u32());
            case 7:
                return new GetVersionIdResponse(h, reason(), new NcsiVersion(u8(), u8(), u8(), u8(), u8()),
                        Bytes.wrap(fixed(12)), u32(), u16(), u16(), u16(), u16(), u32());
            case 8:
                return new GetCapabilitiesResponse(h, reason(), u32(), u32(), u32(), u32(), u32(), u8(), u8(), u8(), u8(),
                        u8(), u8());
            case 9:
                return new GetControllerPacketStatisticsResponse(h, reason(), statistics());
            case 10:
                return new GetPackageUuidResponse(h, reason(), new UUID(rnd.nextLong(), rnd.nextLong()));
            case 11:
                return new OtherResponse(h, unmodelled(0x7E), reason(), bytes(40));
            case 12:
                NcsiCommand any = rnd.nextBoolean() ? NcsiCommand.of(MODELLED[rnd.nextInt(MODELLED.length)]) : unmodelled(0x7E);
                return new ErrorResponse(h, any, ResponseCode.of(1 + rnd.nextInt(65535)), reason(), bytes(rnd.nextBoolean() ? 0 : 30));
            case 13:
                return new LinkStatusChangeAen(h, linkStatus(), u32());
            default:
                return new OtherAen(h, AenType.of(1 + rnd.nextInt(255)), bytes(24));
        }
    }

    private byte[] fixed(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}
