package org.bmcplatform.app.inventory;

/** Whether a component answers on its bus. */
public enum ComponentState {
    PRESENT,
    ABSENT
}
