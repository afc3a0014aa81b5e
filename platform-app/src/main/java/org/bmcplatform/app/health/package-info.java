/** Health polling: one earliest-deadline-first poller per SMBus segment (DSP0237 carries one exchange at a time), readings and health summaries. */
package org.bmcplatform.app.health;
