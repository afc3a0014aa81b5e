/** The device simulator: virtual buses that charge wire time and virtual components that answer through the real codecs (ARCHITECTURE.md device-sim). */
package org.bmcplatform.sim;
