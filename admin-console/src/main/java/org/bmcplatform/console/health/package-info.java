/** Health commands: a component's sensor readings over a time window. */
package org.bmcplatform.console.health;
