/** The board turned into live MCTP interfaces: one SMBus binding per bus (DSP0237), the bus owner (DSP0236 §8.17), /api/interfaces (counters, administrative up/down as `mctp link set`) and the simulator's hot-plug. */
package org.bmcplatform.app.buses;
