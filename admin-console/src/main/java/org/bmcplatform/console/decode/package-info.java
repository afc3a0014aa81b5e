/** Offline decoding of MCTP frames given as hex: SMBus/I2C (DSP0237) and serial (DSP0253), through mctp-stack's inspector. */
package org.bmcplatform.console.decode;
