/** Real-time measurement tools run by hand (exec:java), never as timed tests (STYLE.md rule 39). */
package org.bmcplatform.sim.bench;
