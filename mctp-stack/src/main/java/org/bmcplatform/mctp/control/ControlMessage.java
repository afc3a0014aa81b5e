package org.bmcplatform.mctp.control;

/**
 * One MCTP control message (DSP0236 §11): a request or a response, one record per command.
 * {@link ControlCodec} turns them into bytes, message type byte 0x00 first.
 */
public sealed interface ControlMessage permits ControlRequest, ControlResponse {

    int instanceId();

    ControlCommand command();

    ControlHeader header();
}
