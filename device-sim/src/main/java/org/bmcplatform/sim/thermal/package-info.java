/** Thermal and wear dynamics of a simulated device: first-order lag towards ambient + idle rise + load × load rise, seeded workload (NVMe-MI Subsystem Health CTEMP/PDLU, device-protocols.md §2.4). */
package org.bmcplatform.sim.thermal;
