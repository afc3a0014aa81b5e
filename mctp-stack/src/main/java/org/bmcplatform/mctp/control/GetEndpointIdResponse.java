package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.EndpointId;

/**
 * Get Endpoint ID response (DSP0236 §12.4, Table 15): the EID (0 if unassigned), the type byte with
 * the endpoint type in bits 5:4 (0 simple endpoint, 1 bus owner/bridge) and the EID type in bits 1:0
 * (0 dynamic, 1 static supported, 2 static and current, 3 static but current differs), and a
 * medium-specific byte.
 */
public record GetEndpointIdResponse(int instanceId, CompletionCode completionCode, EndpointId eid, int endpointType,
                                    int eidType, int mediumSpecific) implements ControlResponse {
    public static final int ENDPOINT_SIMPLE = 0;
    public static final int ENDPOINT_BUS_OWNER_OR_BRIDGE = 1;
    public static final int EID_DYNAMIC = 0;
    public static final int EID_STATIC_SUPPORTED = 1;
    public static final int EID_STATIC_CURRENT = 2;
    public static final int EID_STATIC_DIFFERENT = 3;

    public GetEndpointIdResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || eid == null) {
            throw new IllegalArgumentException("completionCode and eid must not be null");
        }
        if (endpointType < 0 || endpointType > 3 || eidType < 0 || eidType > 3) {
            throw new IllegalArgumentException("endpoint type and EID type are 2 bits each");
        }
        if (mediumSpecific < 0 || mediumSpecific > 0xFF) {
            throw new IllegalArgumentException("medium-specific information is one byte");
        }
    }

    public static GetEndpointIdResponse failure(int instanceId, CompletionCode cc) {
        return new GetEndpointIdResponse(instanceId, cc, EndpointId.NULL, 0, 0, 0);
    }

    /** The type byte as on the wire. */
    public int typeByte() {
        return (endpointType << 4) | eidType;
    }

    public boolean busOwnerOrBridge() {
        return endpointType == ENDPOINT_BUS_OWNER_OR_BRIDGE;
    }

    public static String endpointTypeLabel(int endpointType) {
        return switch (endpointType) {
            case ENDPOINT_SIMPLE -> "simple endpoint";
            case ENDPOINT_BUS_OWNER_OR_BRIDGE -> "bus owner/bridge";
            default -> "reserved(" + endpointType + ")";
        };
    }

    public static String eidTypeLabel(int eidType) {
        return switch (eidType) {
            case EID_DYNAMIC -> "dynamic";
            case EID_STATIC_SUPPORTED -> "static EID supported";
            case EID_STATIC_CURRENT -> "static EID, current matches";
            default -> "static EID, current differs";
        };
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_ENDPOINT_ID;
    }
}
