package org.bmcplatform.profiles.pldm;

/**
 * The event a PlatformEventMessage carries (DSP0248 Table "PlatformEventMessage command format",
 * eventClass and eventData): a decoded {@link SensorEvent} (class 0x00) or the raw data of any other
 * class.
 */
public sealed interface PlatformEvent permits SensorEvent, OtherEvent {
    int SENSOR_EVENT = 0x00;
    int EFFECTER_EVENT = 0x01;
    int PDR_REPOSITORY_CHANGE_EVENT = 0x04;
    int MESSAGE_POLL_EVENT = 0x05;
    int HEARTBEAT_TIMER_ELAPSED_EVENT = 0x06;

    /** eventClass u8. */
    int eventClass();
}
