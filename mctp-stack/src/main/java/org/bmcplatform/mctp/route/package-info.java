/** Routes (EID ranges to interfaces or gateways, per-route MTU) and neighbours (EID to link address), after the Linux MCTP routing model (reference mctp-stack.md §8). */
package org.bmcplatform.mctp.route;
