/** Inventory commands: components, their location, state, assets and latest sensor values. */
package org.bmcplatform.console.inventory;
