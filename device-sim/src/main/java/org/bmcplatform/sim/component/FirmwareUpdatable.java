package org.bmcplatform.sim.component;

/**
 * A component whose firmware can be replaced on the running board. Activating an image resets it, as a
 * drive's firmware commit with reset does (NVMe 2.0 Firmware Commit, commit action 3 then a controller
 * reset): it leaves its bus, comes back with no EID so the bus owner assigns one again, and reports the
 * new revision from then on. Its identity (UUID, serial) does not change.
 */
public interface FirmwareUpdatable extends SimComponent {

    /** The revision it reports now. */
    String firmwareRevision();

    /**
     * Activates {@code revision} with a reset; a component that is unplugged takes it and reports it at its
     * next power-on.
     *
     * @throws IllegalArgumentException when the revision cannot be reported (empty, too long, not printable ASCII)
     */
    void activateFirmware(String revision);
}
