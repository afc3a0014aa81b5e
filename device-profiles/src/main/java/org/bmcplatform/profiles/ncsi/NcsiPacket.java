package org.bmcplatform.profiles.ncsi;

/**
 * An NC-SI control packet over MCTP (DSP0222 "Control packet format", carried per DSP0261 as the
 * body of an MCTP message of type 0x02): the 16-byte header, the payload, the pad to a 32-bit
 * boundary and the checksum. Only the {@link ControlHeader} fields are chosen by the caller; the
 * header revision, packet type, payload length, pad and checksum are {@link NcsiCodec}'s.
 */
public sealed interface NcsiPacket permits NcsiRequest, NcsiResponse, NcsiAen {

    ControlHeader header();

    /** The control packet type byte: the command (request), command | 0x80 (response), 0xFF (AEN). */
    int packetType();
}
