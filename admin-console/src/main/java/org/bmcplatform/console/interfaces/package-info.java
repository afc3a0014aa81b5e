/** Interface commands: the platform's MCTP interfaces (bindings) with traffic and drop counters. */
package org.bmcplatform.console.interfaces;
