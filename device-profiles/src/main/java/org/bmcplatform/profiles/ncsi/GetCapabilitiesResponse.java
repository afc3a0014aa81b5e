package org.bmcplatform.profiles.ncsi;

/**
 * Get Capabilities response (DSP0222 "Get Capabilities response packet format"), payload 32 bytes:
 * response code, reason code, Capabilities Flags (u32: bit 0 hardware arbitration, 1 OS presence,
 * 2 NC to MC flow control, 3 MC to NC flow control, 4 all multicast addresses), Broadcast Packet
 * Filter Capabilities (u32), Multicast Packet Filter Capabilities (u32), Buffering Capability (u32),
 * AEN Control Support (u32: bit 0 link status change, 1 configuration required, 2 host NC driver
 * status change, 16..31 OEM), then u8 counts: VLAN filters, mixed filters, multicast filters,
 * unicast filters; 2 reserved bytes; VLAN Mode Support (u8); Channel Count (u8). (Linux and
 * Wireshark agree on this order; Meta's userspace struct does not.)
 */
public record GetCapabilitiesResponse(ControlHeader header, ReasonCode reasonCode, long capabilities,
        long broadcastFilterCapabilities, long multicastFilterCapabilities, long bufferingCapability,
        long aenControlSupport, int vlanFilterCount, int mixedFilterCount, int multicastFilterCount,
        int unicastFilterCount, int vlanModeSupport, int channelCount) implements NcsiResponse {
    public static final int PAYLOAD_LENGTH = 32;

    public GetCapabilitiesResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
        WireRange.unsigned(capabilities, 32, "capabilities flags");
        WireRange.unsigned(broadcastFilterCapabilities, 32, "broadcast packet filter capabilities");
        WireRange.unsigned(multicastFilterCapabilities, 32, "multicast packet filter capabilities");
        WireRange.unsigned(bufferingCapability, 32, "buffering capability");
        WireRange.unsigned(aenControlSupport, 32, "AEN control support");
        WireRange.unsigned(vlanFilterCount, 8, "VLAN filter count");
        WireRange.unsigned(mixedFilterCount, 8, "mixed filter count");
        WireRange.unsigned(multicastFilterCount, 8, "multicast filter count");
        WireRange.unsigned(unicastFilterCount, 8, "unicast filter count");
        WireRange.unsigned(vlanModeSupport, 8, "VLAN mode support");
        WireRange.unsigned(channelCount, 8, "channel count");
    }

    public boolean hardwareArbitration() {
        return (capabilities & 0x1) != 0;
    }

    public boolean osPresence() {
        return (capabilities & 0x2) != 0;
    }

    /** AEN Control Support bit 0: the channel can send Link Status Change AENs. */
    public boolean linkStatusChangeAenSupported() {
        return (aenControlSupport & 0x1) != 0;
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_CAPABILITIES;
    }
}
