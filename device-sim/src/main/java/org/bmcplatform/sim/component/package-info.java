/** Virtual components on a virtual bus, each with its own MCTP stack, answering through the real codecs (NVMe-MI 1.2 over MCTP, DSP0236 control). */
package org.bmcplatform.sim.component;
