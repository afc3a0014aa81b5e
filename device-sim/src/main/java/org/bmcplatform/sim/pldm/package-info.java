/** A simulated PLDM terminus answering through the device-profiles codecs: base discovery (DSP0240), a PDR repository with multipart GetPDR, numeric and state sensors (DSP0248) and the FRU record table (DSP0257). */
package org.bmcplatform.sim.pldm;
