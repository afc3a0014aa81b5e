/** Link-layer checksums: SMBus PEC CRC-8 (DSP0237, SMBus 3.x) and the serial FCS-16 (DSP0253, RFC 1662). */
package org.bmcplatform.mctp.checksum;
