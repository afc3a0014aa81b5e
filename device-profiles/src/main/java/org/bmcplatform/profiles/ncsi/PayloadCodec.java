package org.bmcplatform.profiles.ncsi;

import java.util.UUID;

/**
 * Payload layouts of the modelled commands, responses and AENs (DSP0222 command, response and AEN
 * packet format tables). The reader and writer cover the payload only; {@link NcsiCodec} does the
 * header, pad and checksum. Reserved bytes are written as zero and ignored when read.
 */
final class PayloadCodec {
    /** Offset of the payload length field, counted from the MCTP type byte. */
    private static final int LENGTH_FIELD_OFFSET = 7;

    private PayloadCodec() {
    }

    static void encode(NcsiPacket p, WireWriter w) {
        if (p instanceof NcsiResponse r) {
            w.u16(r.responseCode().code()).u16(r.reasonCode().code());
        }
        if (p instanceof OtherRequest o) {
            w.bytes(o.payload());
        } else if (p instanceof AenEnableRequest a) {
            w.zeros(3).u8(a.mcId()).u32(a.aenControl());
        } else if (p instanceof OtherResponse o) {
            w.bytes(o.data());
        } else if (p instanceof ErrorResponse e) {
            w.bytes(e.data());
        } else if (p instanceof GetLinkStatusResponse g) {
            w.u32(g.linkStatus().bits()).u32(g.otherIndications()).u32(g.oemLinkStatus());
        } else if (p instanceof GetVersionIdResponse g) {
            NcsiVersion v = g.version();
            w.u8(v.major()).u8(v.minor()).u8(v.update()).u8(v.alpha1()).zeros(3).u8(v.alpha2());
            w.bytes(g.firmwareName()).u32(g.firmwareVersion());
            w.u16(g.pciDeviceId()).u16(g.pciVendorId()).u16(g.pciSubsystemId()).u16(g.pciSubsystemVendorId());
            w.u32(g.manufacturerId());
        } else if (p instanceof GetCapabilitiesResponse g) {
            w.u32(g.capabilities()).u32(g.broadcastFilterCapabilities()).u32(g.multicastFilterCapabilities());
            w.u32(g.bufferingCapability()).u32(g.aenControlSupport());
            w.u8(g.vlanFilterCount()).u8(g.mixedFilterCount()).u8(g.multicastFilterCount()).u8(g.unicastFilterCount());
            w.zeros(2).u8(g.vlanModeSupport()).u8(g.channelCount());
        } else if (p instanceof GetControllerPacketStatisticsResponse g) {
            g.statistics().write(w);
        } else if (p instanceof GetPackageUuidResponse g) {
            w.u64(g.uuid().getMostSignificantBits()).u64(g.uuid().getLeastSignificantBits());
        } else if (p instanceof LinkStatusChangeAen a) {
            w.zeros(3).u8(a.aenType().code()).u32(a.linkStatus().bits()).u32(a.oemLinkStatus());
        } else if (p instanceof OtherAen a) {
            w.zeros(3).u8(a.aenType().code()).bytes(a.data());
        }
        // the other modelled requests, and the AEN Enable response, carry nothing more
    }

    static NcsiRequest request(ControlHeader h, NcsiCommand command, WireReader r) {
        NcsiRequest m;
        switch (command.code()) {
            case 0x08:
                length(r, AenEnableRequest.PAYLOAD_LENGTH, command.label() + " request");
                r.skip(3, "reserved");
                return new AenEnableRequest(h, r.u8("AEN MC ID"), r.u32("AEN control"));
            case 0x0A:
                m = new GetLinkStatusRequest(h);
                break;
            case 0x15:
                m = new GetVersionIdRequest(h);
                break;
            case 0x16:
                m = new GetCapabilitiesRequest(h);
                break;
            case 0x18:
                m = new GetControllerPacketStatisticsRequest(h);
                break;
            case 0x52:
                m = new GetPackageUuidRequest(h);
                break;
            default:
                return new OtherRequest(h, command, r.rest());
        }
        length(r, 0, command.label() + " request");
        return m;
    }

    static NcsiResponse response(ControlHeader h, NcsiCommand command, WireReader r) {
        int length = r.remaining();
        ResponseCode code = new ResponseCode(r.u16("response code"));
        ReasonCode reason = new ReasonCode(r.u16("reason code"));
        if (!code.isCompleted()) {
            return new ErrorResponse(h, command, code, reason, r.rest());
        }
        String what = command.label() + " response";
        switch (command.code()) {
            case 0x08:
                length(length, AenEnableResponse.PAYLOAD_LENGTH, what);
                return new AenEnableResponse(h, reason);
            case 0x0A:
                length(length, GetLinkStatusResponse.PAYLOAD_LENGTH, what);
                return new GetLinkStatusResponse(h, reason, LinkStatus.ofBits(r.u32("link status")),
                        r.u32("other indications"), r.u32("OEM link status"));
            case 0x15:
                length(length, GetVersionIdResponse.PAYLOAD_LENGTH, what);
                return versionId(h, reason, r);
            case 0x16:
                length(length, GetCapabilitiesResponse.PAYLOAD_LENGTH, what);
                return capabilities(h, reason, r);
            case 0x18:
                CounterWidth width = CounterWidth.ofPayloadLength(length);
                if (width == null) {
                    throw new NcsiFormatException(LENGTH_FIELD_OFFSET, "payload length", what + " payload is "
                            + CounterWidth.BITS_32.payloadLength() + " (32-bit counters) or "
                            + CounterWidth.BITS_64.payloadLength() + " (64-bit counters) bytes, was " + length);
                }
                return new GetControllerPacketStatisticsResponse(h, reason, PacketStatistics.read(width, r));
            case 0x52:
                length(length, GetPackageUuidResponse.PAYLOAD_LENGTH, what);
                return new GetPackageUuidResponse(h, reason, new UUID(r.u64("UUID"), r.u64("UUID")));
            default:
                return new OtherResponse(h, command, reason, r.rest());
        }
    }

    static NcsiAen aen(ControlHeader h, WireReader r) {
        int length = r.remaining();
        r.skip(3, "AEN reserved");
        AenType type = new AenType(r.u8("AEN type"));
        if (!type.equals(AenType.LINK_STATUS_CHANGE)) {
            return new OtherAen(h, type, r.rest());
        }
        length(length, LinkStatusChangeAen.PAYLOAD_LENGTH, "Link Status Change AEN");
        return new LinkStatusChangeAen(h, LinkStatus.ofBits(r.u32("link status")), r.u32("OEM link status"));
    }

    private static GetVersionIdResponse versionId(ControlHeader h, ReasonCode reason, WireReader r) {
        int major = r.u8("NC-SI version major");
        int minor = r.u8("NC-SI version minor");
        int update = r.u8("NC-SI version update");
        int alpha1 = r.u8("NC-SI version alpha1");
        r.skip(3, "NC-SI version reserved");
        NcsiVersion version = new NcsiVersion(major, minor, update, alpha1, r.u8("NC-SI version alpha2"));
        return new GetVersionIdResponse(h, reason, version, r.bytes(GetVersionIdResponse.FIRMWARE_NAME_LENGTH, "firmware name"),
                r.u32("firmware version"), r.u16("PCI device ID"), r.u16("PCI vendor ID"), r.u16("PCI subsystem ID"),
                r.u16("PCI subsystem vendor ID"), r.u32("manufacturer ID"));
    }

    private static GetCapabilitiesResponse capabilities(ControlHeader h, ReasonCode reason, WireReader r) {
        long flags = r.u32("capabilities flags");
        long broadcast = r.u32("broadcast packet filter capabilities");
        long multicast = r.u32("multicast packet filter capabilities");
        long buffering = r.u32("buffering capability");
        long aen = r.u32("AEN control support");
        int vlan = r.u8("VLAN filter count");
        int mixed = r.u8("mixed filter count");
        int multicastCount = r.u8("multicast filter count");
        int unicast = r.u8("unicast filter count");
        r.skip(2, "reserved");
        return new GetCapabilitiesResponse(h, reason, flags, broadcast, multicast, buffering, aen, vlan, mixed,
                multicastCount, unicast, r.u8("VLAN mode support"), r.u8("channel count"));
    }

    private static void length(WireReader r, int expected, String what) {
        length(r.remaining(), expected, what);
    }

    private static void length(int actual, int expected, String what) {
        if (actual != expected) {
            throw new NcsiFormatException(LENGTH_FIELD_OFFSET, "payload length",
                    what + " payload is " + expected + " bytes, was " + actual);
        }
    }
}
