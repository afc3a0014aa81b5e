package org.bmcplatform.sim.board;

import java.util.Arrays;
import java.util.Optional;

/**
 * A vendor deviation a {@code ncsi-nic} can show (board-file key {@code variant}), each one a real-world
 * quirk a platform profile has to handle (device-protocols.md §7 items 11-16).
 */
public enum NicVariant {
    /** The ASIC temperature sensor has ID 300 and the port sensors 500 + port (newer Broadcom firmware; §1.10, §7 item 16). */
    RENUMBERED_SENSORS("renumbered-sensors"),
    /** An InfiniBand-mode port: Get Link Status answers Command Unsupported / 0x7FFF and no link AEN is offered (§1.5, §7 item 13). */
    IB_MODE("ib-mode"),
    /** An NC-SI 1.0 controller: Get Version ID says 1.0 and Get Controller Packet Statistics uses the 32-bit layout (§1.8, §7 item 12). */
    NCSI_1_0("ncsi-1.0"),
    /** The 12-byte firmware name is padded with spaces and has no NUL terminator (§1.6: "NUL/space padded"). */
    PADDED_FIRMWARE_NAME("padded-firmware-name");

    private final String key;

    NicVariant(String key) {
        this.key = key;
    }

    /** The board-file spelling. */
    public String key() {
        return key;
    }

    public static Optional<NicVariant> ofKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
