/** Text rendering for a terminal: aligned tables for lists, key/value blocks for one item, units and instants. */
package org.bmcplatform.console.output;
