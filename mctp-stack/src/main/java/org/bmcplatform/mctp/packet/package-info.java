/** The 4-byte MCTP transport header and whole packets: records and their codec (DSP0236 §8.1). */
package org.bmcplatform.mctp.packet;
