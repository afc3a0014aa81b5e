/** Board files (YAML) describing a machine's MCTP network, buses and components, and the virtual board started from one (docs/DESIGN.md "Board file"). */
package org.bmcplatform.sim.board;
