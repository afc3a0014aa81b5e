/** The injected clock and timer behind the DSP0236 §8.7 tag expiry and the DSP0237 MT2 request timeouts: real time in production, virtual time in tests (STYLE.md rule 18). */
package org.bmcplatform.mctp.time;
