package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/**
 * An event this package does not decode (effecter, PDR repository change, message poll, heartbeat,
 * OEM, or a sensor event of an undefined sensorEventClass): the eventClass and eventData as sent.
 */
public record OtherEvent(int eventClass, Bytes eventData) implements PlatformEvent {
    public OtherEvent {
        WireRange.unsigned(eventClass, 8, "event class");
        WireRange.required(eventData, "event data");
    }
}
