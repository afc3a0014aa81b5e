/** The binding SPI: framing over a backend port, physical addresses, drop counting (DSP0236 §8, STYLE.md 13-16). */
package org.bmcplatform.mctp.binding;
