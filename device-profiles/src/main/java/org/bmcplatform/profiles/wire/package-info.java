/** What the byte-level codecs (NC-SI, NVMe-MI, Basic Management, PLDM, IPMI FRU) share: their format errors. */
package org.bmcplatform.profiles.wire;
