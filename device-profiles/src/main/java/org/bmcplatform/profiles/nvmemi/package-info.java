/** NVMe-MI messages over MCTP (NVMe-MI 1.2, DSP0235): records, status codes and the codec with its MIC. */
package org.bmcplatform.profiles.nvmemi;
