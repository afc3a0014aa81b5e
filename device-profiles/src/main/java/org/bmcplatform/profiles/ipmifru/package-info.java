/** IPMI Platform Management FRU Information Storage Definition 1.0 rev 1.3: common header, board and product areas (NVMe VPD). */
package org.bmcplatform.profiles.ipmifru;
