package org.bmcplatform.mctp.binding.astlpc;

/** Which end of the astlpc channel a binding plays (libmctp MCTP_BINDING_ASTLPC_MODE_BMC / _HOST). */
public enum AstLpcRole {
    /** Owns the KCS status register and the control region layout; answers the host's Initialise. */
    BMC,
    /** Waits for BMC_READY, proposes its versions and receive size, sends Initialise. */
    HOST
}
