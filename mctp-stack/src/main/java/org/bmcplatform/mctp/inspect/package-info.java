/** Frame decoding for people: every field of a captured SMBus (DSP0237) or serial (DSP0253) frame, layer by layer (DSP0236). */
package org.bmcplatform.mctp.inspect;
