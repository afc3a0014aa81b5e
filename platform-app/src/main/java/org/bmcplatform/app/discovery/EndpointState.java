package org.bmcplatform.app.discovery;

/** Whether an endpoint answers (DSP0236 §8.17.6 endpoint recovery, simplified to two states). */
public enum EndpointState {
    AVAILABLE,
    ABSENT
}
