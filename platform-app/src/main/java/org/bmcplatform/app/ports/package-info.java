/** NIC ports (NC-SI channels, DSP0222 Get Link Status): link state, speed and their change history, with events. */
package org.bmcplatform.app.ports;
