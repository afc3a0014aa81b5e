package org.bmcplatform.mctp;

/**
 * An MCTP endpoint ID (DSP0236 §8.2): 0 is the null EID (physical addressing before assignment),
 * 1-7 are reserved, 8-254 are unicast, 255 is broadcast.
 */
public record EndpointId(int value) implements Comparable<EndpointId> {
    public static final EndpointId NULL = new EndpointId(0);
    public static final EndpointId BROADCAST = new EndpointId(0xFF);
    public static final int FIRST_UNICAST = 8;
    public static final int LAST_UNICAST = 254;

    public EndpointId {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("EID must be 0..255, was " + value);
        }
    }

    public static EndpointId of(int value) {
        return new EndpointId(value);
    }

    public boolean isNull() {
        return value == 0;
    }

    public boolean isBroadcast() {
        return value == 0xFF;
    }

    /** 1-7: reserved by DSP0236, never valid as a source or unicast destination. */
    public boolean isReserved() {
        return value >= 1 && value < FIRST_UNICAST;
    }

    /** 8-254: an EID that may be assigned to an endpoint. */
    public boolean isUnicast() {
        return value >= FIRST_UNICAST && value <= LAST_UNICAST;
    }

    /** Valid as the source of a packet: null or unicast (DSP0236 §8.2; Linux route.c). */
    public boolean isValidSource() {
        return isNull() || isUnicast();
    }

    /** Valid as the destination of a packet: null, unicast or broadcast. */
    public boolean isValidDestination() {
        return !isReserved();
    }

    @Override
    public int compareTo(EndpointId o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
