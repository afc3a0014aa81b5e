/**
 * NVMe-MI messages over MCTP (NVMe-MI 1.2, DSP0235): records for the subsystem and controller health
 * polls, Configuration Get/Set, Read NVMe-MI Data Structure, VPD Read and Identify Controller, status
 * codes and the codec with its MIC. The SMBus Basic Management Command lives in {@code .basic}.
 */
package org.bmcplatform.profiles.nvmemi;
