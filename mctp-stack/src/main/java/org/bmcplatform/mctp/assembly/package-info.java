/** Fragmenting messages into packets and reassembling them, with the DSP0236 §8.8 sequence rules. */
package org.bmcplatform.mctp.assembly;
