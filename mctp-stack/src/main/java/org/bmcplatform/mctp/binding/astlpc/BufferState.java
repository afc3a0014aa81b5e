package org.bmcplatform.mctp.binding.astlpc;

/**
 * Ownership of one packet buffer (reference mctp-stack.md §3.4; libmctp enum mctp_astlpc_buffer_state):
 * idle before the channel is active, then our transmit buffer starts acquired and our receive buffer
 * released. Tx Begin while our receive buffer is not released, or Rx Complete while our transmit buffer
 * is not released, is a protocol error.
 */
enum BufferState {
    /** Before the channel is active: nobody owns it. */
    IDLE,
    /** Ours, accesses not yet done. */
    ACQUIRED,
    /** Accesses done, hand-off command not yet queued (KCS was busy). */
    PREPARED,
    /** Hand-off command queued in KCS: the peer's. */
    RELEASED
}
