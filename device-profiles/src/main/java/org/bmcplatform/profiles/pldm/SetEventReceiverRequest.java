package org.bmcplatform.profiles.pldm;

import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * SetEventReceiver request (DSP0248 Table "SetEventReceiver command format"): eventMessageGlobalEnable
 * enum8, transportProtocolType enum8 (0x00 MCTP), eventReceiverAddressInfo (for MCTP the receiver's EID,
 * one byte; for other transports whatever lies between the type and the heartbeat timer), then
 * heartbeatTimer u16 (seconds) present only with enableAsyncKeepAlive.
 */
public record SetEventReceiverRequest(int instanceId, EventMessageGlobalEnable enable, int transportProtocolType,
                                      Bytes addressInfo, OptionalInt heartbeatTimer) implements PldmRequest {
    /** transportProtocolType 0x00: MCTP. */
    public static final int TRANSPORT_MCTP = 0;

    public SetEventReceiverRequest {
        WireRange.instanceId(instanceId);
        WireRange.required(enable, "event message global enable");
        WireRange.unsigned(transportProtocolType, 8, "transport protocol type");
        WireRange.required(addressInfo, "event receiver address info");
        WireRange.required(heartbeatTimer, "heartbeat timer (OptionalInt.empty() without keep-alive)");
        if (transportProtocolType == TRANSPORT_MCTP && addressInfo.length() != 1) {
            throw new IllegalArgumentException("the MCTP event receiver address is one EID byte, " + addressInfo.length() + " given");
        }
        if (enable.hasHeartbeat() != heartbeatTimer.isPresent()) {
            throw new IllegalArgumentException("heartbeatTimer is present exactly with enableAsyncKeepAlive, global enable is "
                    + enable + (heartbeatTimer.isPresent() ? " with" : " without") + " a heartbeat timer");
        }
        heartbeatTimer.ifPresent(t -> WireRange.unsigned(t, 16, "heartbeat timer"));
    }

    /** Events over MCTP to {@code receiverEid}; {@code heartbeatTimer} only with enableAsyncKeepAlive. */
    public static SetEventReceiverRequest mctp(int instanceId, EventMessageGlobalEnable enable, int receiverEid,
                                               OptionalInt heartbeatTimer) {
        WireRange.unsigned(receiverEid, 8, "event receiver EID");
        return new SetEventReceiverRequest(instanceId, enable, TRANSPORT_MCTP, Bytes.ofUnsigned(receiverEid), heartbeatTimer);
    }

    /** Asynchronous events (enableAsync) over MCTP to {@code receiverEid}. */
    public static SetEventReceiverRequest async(int instanceId, int receiverEid) {
        return mctp(instanceId, EventMessageGlobalEnable.ENABLE_ASYNC, receiverEid, OptionalInt.empty());
    }

    /** The receiver's EID when the transport is MCTP. */
    public OptionalInt receiverEid() {
        return transportProtocolType == TRANSPORT_MCTP ? OptionalInt.of(addressInfo.get(0)) : OptionalInt.empty();
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.SET_EVENT_RECEIVER;
    }
}
