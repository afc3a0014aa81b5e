/** Virtual physical media that charge modelled transfer time: SMBus segments (DSP0237 §6, SMBus 3.x timing; perf-reliability.md §A.1.1), serial lines (DSP0253, 8N1 UART), PCC mailboxes (DSP0292, ACPI 6.4 §14) and astlpc channels (KCS + LPC window, libmctp astlpc). */
package org.bmcplatform.sim.bus;
