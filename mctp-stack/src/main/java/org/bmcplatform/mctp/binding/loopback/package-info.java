/** An in-memory pipe-pair binding carrying bare DSP0236 §8.1 packets (no framing), delivered through the scheduler (STYLE.md rule 16). */
package org.bmcplatform.mctp.binding.loopback;
