/** Virtual physical media: SMBus segments that carry one transaction at a time and charge each its wire time (DSP0237 §6, SMBus 3.x timing; perf-reliability.md §A.1.1). */
package org.bmcplatform.sim.bus;
