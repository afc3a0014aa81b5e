/** The MCTP stack's public face: endpoint API, EIDs, message types, errors (DSP0236). */
package org.bmcplatform.mctp;
