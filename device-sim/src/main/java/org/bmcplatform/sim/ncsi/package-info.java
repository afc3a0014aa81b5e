/** A simulated NC-SI package over MCTP (DSP0222 carried per DSP0261) answering through the device-profiles NC-SI codec: channels with link state and traffic counters, Link Status Change AENs. */
package org.bmcplatform.sim.ncsi;
