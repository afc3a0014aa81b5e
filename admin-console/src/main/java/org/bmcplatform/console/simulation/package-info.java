/** Simulation commands: hot-plug and faults on demand of the virtual board's components (device-sim/BOARD-FILE.md "faults"), through /api/simulation. */
package org.bmcplatform.console.simulation;
