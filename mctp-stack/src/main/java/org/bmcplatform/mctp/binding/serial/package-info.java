/** MCTP over serial links (DSP0253): HDLC-like framing with byte stuffing and FCS-16, encoder and per-byte receiver. */
package org.bmcplatform.mctp.binding.serial;
