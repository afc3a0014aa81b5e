/** An in-memory pipe-pair binding that delivers packets through the scheduler (STYLE.md rule 16). */
package org.bmcplatform.mctp.binding.loopback;
