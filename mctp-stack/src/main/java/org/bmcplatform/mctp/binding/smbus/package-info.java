/** MCTP over SMBus/I2C (DSP0237): frame codec with PEC, the binding and its backend port. */
package org.bmcplatform.mctp.binding.smbus;
