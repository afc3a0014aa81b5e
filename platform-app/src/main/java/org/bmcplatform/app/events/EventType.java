package org.bmcplatform.app.events;

/** The kinds of entries in the event log. */
enum EventType {
    COMPONENT_DISCOVERED,
    COMPONENT_PRESENT,
    COMPONENT_ABSENT,
    ASSET_CHANGED,
    ENDPOINT_FOUND,
    ENDPOINT_LOST,
    HEALTH_CHANGED,
    PLDM_EVENT,
    PORT_LINK_UP,
    PORT_LINK_DOWN,
    PORT_LINK_UNKNOWN,
    PORT_ERRORS,
    DISCOVERY,
    INTERFACE_DOWN,
    INTERFACE_UP
}
