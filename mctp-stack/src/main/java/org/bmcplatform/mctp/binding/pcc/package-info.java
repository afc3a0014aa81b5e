/** MCTP over ACPI PCC extended subspaces (DSP0292; ACPI 6.4 §14): the 16-byte PCC header, the binding and its subspace backends. */
package org.bmcplatform.mctp.binding.pcc;
