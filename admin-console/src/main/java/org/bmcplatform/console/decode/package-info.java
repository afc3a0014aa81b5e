/** Offline decoding, through mctp-stack's inspector: MCTP frames given as hex (SMBus/I2C DSP0237, serial DSP0253) and capture files (pcapng/pcap, LINKTYPE_MCTP 291). */
package org.bmcplatform.console.decode;
