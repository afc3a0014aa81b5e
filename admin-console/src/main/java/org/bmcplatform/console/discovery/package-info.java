/** Discovery commands: MCTP endpoints found by the bus owner (DSP0236 §8.17) and a rescan of all buses. */
package org.bmcplatform.console.discovery;
