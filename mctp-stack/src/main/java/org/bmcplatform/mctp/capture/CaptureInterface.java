package org.bmcplatform.mctp.capture;

import java.util.Optional;

/**
 * An interface as a capture file describes it: a pcapng Interface Description Block
 * (draft-ietf-opsawg-pcapng §4.2) or the single link of a classic pcap file.
 *
 * @param id          its index in the section (packets refer to it)
 * @param linkType    tcpdump.org LINKTYPE_ value; 291 is MCTP
 * @param name        if_name, or {@code #<id>}
 * @param description if_description, when present
 * @param snapLength  the most bytes kept of each packet; 0 = no limit
 */
public record CaptureInterface(int id, int linkType, String name, Optional<String> description, long snapLength) {
    public CaptureInterface {
        if (name == null || description == null) {
            throw new IllegalArgumentException("name and description must not be null");
        }
    }

    public boolean isMctp() {
        return linkType == PcapngWriter.LINKTYPE_MCTP;
    }
}
