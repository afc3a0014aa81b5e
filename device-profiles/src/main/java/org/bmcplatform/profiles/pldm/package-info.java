/**
 * PLDM over MCTP (DSP0240 base, DSP0241 binding, DSP0248 platform monitoring and control, DSP0257
 * FRU data): message records, completion codes, PDRs, the FRU record table and the byte-exact
 * codecs for both directions.
 */
package org.bmcplatform.profiles.pldm;
