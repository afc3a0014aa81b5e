package org.bmcplatform.sim.component;

import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.sim.board.IdentitySpec;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * The 4096-byte Identify Controller data structure of a simulated drive (NVMe Base 2.0 §5.17.2.1,
 * Figure 275): VID, SSVID, SN, MN, FR, CNTLID, VER, NVMSR, MEC, WCTEMP and CCTEMP; the rest zero.
 */
final class IdentifyControllerData {
    static final int OFFSET_CNTLID = 78;
    static final int OFFSET_VER = 80;
    static final int OFFSET_NVMSR = 253;
    static final int OFFSET_MEC = 255;
    /** NVMe 2.0: MJR 2 in bits 31:16. */
    static final int VERSION_2_0 = 0x0002_0000;
    /** NVMSR bit 0: the controller is part of an NVMe storage device. */
    static final int NVMSR_STORAGE_DEVICE = 0x01;
    /** MEC bit 0: an SMBus/I2C port management endpoint. */
    static final int MEC_SMBUS = 0x01;
    static final double KELVIN_OFFSET = 273.15;

    private IdentifyControllerData() {
    }

    static Bytes build(IdentitySpec identity, ThermalParameters thermal, int controllerId) {
        ControllerIdentity fields = new ControllerIdentity(identity.vendorId(), identity.vendorId(), identity.serial(),
                identity.model(), identity.firmware(), OptionalInt.of(kelvin(thermal.warningCelsius())),
                OptionalInt.of(kelvin(thermal.criticalCelsius())));
        byte[] b = fields.toBytes(IdentifyControllerRequest.STRUCTURE_SIZE).toArray();
        b[OFFSET_CNTLID] = (byte) controllerId;
        b[OFFSET_CNTLID + 1] = (byte) (controllerId >>> 8);
        for (int i = 0; i < 4; i++) {
            b[OFFSET_VER + i] = (byte) (VERSION_2_0 >>> (8 * i));
        }
        b[OFFSET_NVMSR] = NVMSR_STORAGE_DEVICE;
        b[OFFSET_MEC] = MEC_SMBUS;
        return Bytes.wrap(b);
    }

    /** WCTEMP/CCTEMP are whole Kelvin (NVMe Base 2.0 Figure 275). */
    static int kelvin(double celsius) {
        return (int) Math.round(celsius + KELVIN_OFFSET);
    }
}
