/** Packet capture: taps on MCTP interfaces and pcapng files with LINKTYPE_MCTP (291) and the packet's direction (pcapng, draft-ietf-opsawg-pcapng). */
package org.bmcplatform.mctp.capture;
