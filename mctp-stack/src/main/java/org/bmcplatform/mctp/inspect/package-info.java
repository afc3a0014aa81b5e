/** Frame decoding for people: every field of a captured SMBus (DSP0237) or serial (DSP0253) frame or bare MCTP packet (LINKTYPE_MCTP capture), layer by layer (DSP0236). */
package org.bmcplatform.mctp.inspect;
