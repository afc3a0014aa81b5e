package org.bmcplatform.profiles.ncsi;

/**
 * An asynchronous event notification (DSP0222 "AEN packet format"): control packet type 0xFF,
 * IID 0 by convention, payload = 3 reserved bytes, the AEN type, the AEN data. Over MCTP it arrives
 * as an unsolicited type-0x02 message.
 */
public sealed interface NcsiAen extends NcsiPacket permits LinkStatusChangeAen, OtherAen {
    /** The control packet type of every AEN. */
    int PACKET_TYPE = 0xFF;

    AenType aenType();

    @Override
    default int packetType() {
        return PACKET_TYPE;
    }
}
