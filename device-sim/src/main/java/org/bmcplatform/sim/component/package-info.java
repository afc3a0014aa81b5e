/** Virtual components on a virtual bus, each with its own MCTP stack, answering through the real codecs: NVMe drives (NVMe-MI 1.2 over MCTP: health polls, Configuration Get/Set, data structures, VPD, Identify), generic MCTP endpoints (DSP0236 §12 control) and PLDM storage HBAs (DSP0248 Type 2, DSP0257 Type 4). */
package org.bmcplatform.sim.component;
