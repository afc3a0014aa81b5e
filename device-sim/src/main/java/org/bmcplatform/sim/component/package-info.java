/** Virtual components on a virtual bus, each with its own MCTP stack, answering through the real codecs: NVMe drives (NVMe-MI 1.2 over MCTP: health polls, Configuration Get/Set, data structures, VPD, Identify) and generic MCTP endpoints (DSP0236 §12 control). */
package org.bmcplatform.sim.component;
