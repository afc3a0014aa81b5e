package org.bmcplatform.sim.board;

import java.util.UUID;

/**
 * Who a component is: what its Identify Controller data, VPD and Get Endpoint UUID report.
 *
 * @param manufacturer product manufacturer (VPD product area)
 * @param model        model number (Identify MN, at most 40 ASCII characters)
 * @param serial       serial number (Identify SN, at most 20 ASCII characters)
 * @param firmware     firmware revision (Identify FR, at most 8 ASCII characters)
 * @param partNumber   part number (VPD product area)
 * @param vendorId     PCI vendor ID (Identify VID), 0x0000..0xffff
 * @param uuid         the endpoint UUID (DSP0236 Get Endpoint UUID); survives power cycles
 */
public record IdentitySpec(String manufacturer, String model, String serial, String firmware, String partNumber,
                           int vendorId, UUID uuid) {
    /** The same component with another firmware revision. */
    public IdentitySpec withFirmware(String revision) {
        return new IdentitySpec(manufacturer, model, serial, revision, partNumber, vendorId, uuid);
    }
}
