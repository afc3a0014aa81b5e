/** The injected clock and timer: real time in production, virtual time in tests (STYLE.md rule 18). */
package org.bmcplatform.mctp.time;
