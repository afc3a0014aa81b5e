package org.bmcplatform.sim.component;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetResponse;
import org.bmcplatform.profiles.nvmemi.ConfigurationIdentifier;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetResponse;
import org.bmcplatform.profiles.nvmemi.ErrorResponse;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.SmbusFrequency;

/**
 * The configuration a simulated drive's management endpoint keeps (NVMe-MI 1.2 §5.1 Configuration
 * Set, §5.2 Configuration Get; device-protocols.md §2.6), reset at power-on: the SMBus/I2C frequency
 * of the SMBus port and the MCTP transmission unit size of each port. Values outside what the port
 * supports, identifiers it does not implement and Get of Health Status Change answer Invalid
 * Parameter. Not thread-safe; the responder serialises access.
 */
final class DriveConfiguration {
    /** The MCTP baseline transmission unit, also the reset value of every port (DSP0236 §8.4). */
    static final int BASELINE_TRANSMISSION_UNIT = 64;

    private final int smbusPort;
    private final int[] maxTransmissionUnit;
    private final int[] transmissionUnit;
    private final SmbusFrequency maxFrequency;
    private SmbusFrequency frequency;

    /**
     * @param maxTransmissionUnit per port, indexed by port identifier: the MMTUS its Port Information reports
     * @param smbusPort           the port identifier of the SMBus/I2C port
     * @param maxFrequency        the fastest SMBus/I2C frequency the port supports; also its reset value
     */
    DriveConfiguration(int[] maxTransmissionUnit, int smbusPort, SmbusFrequency maxFrequency) {
        this.maxTransmissionUnit = maxTransmissionUnit.clone();
        this.transmissionUnit = new int[maxTransmissionUnit.length];
        Arrays.fill(transmissionUnit, BASELINE_TRANSMISSION_UNIT);
        this.smbusPort = smbusPort;
        this.maxFrequency = maxFrequency;
        this.frequency = maxFrequency;
    }

    /** The MCTP transmission unit size configured on {@code port}. */
    int transmissionUnit(int port) {
        return transmissionUnit[port];
    }

    MiResponse get(ConfigurationGetRequest request) {
        ConfigurationIdentifier id = request.identifier();
        if (id.equals(ConfigurationIdentifier.SMBUS_I2C_FREQUENCY) && request.portId() == smbusPort) {
            return ConfigurationGetResponse.ofFrequency(request.csi(), frequency);
        }
        if (id.equals(ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE) && isPort(request.portId())) {
            return ConfigurationGetResponse.ofTransmissionUnitSize(request.csi(), transmissionUnit[request.portId()]);
        }
        return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
    }

    /** Applies a Set; {@code clearHealthChanges} receives the CCS bits a Health Status Change clears. */
    MiResponse set(ConfigurationSetRequest request, IntConsumer clearHealthChanges) {
        ConfigurationIdentifier id = request.identifier();
        if (id.equals(ConfigurationIdentifier.SMBUS_I2C_FREQUENCY) && request.portId() == smbusPort
                && request.dword0Specific() >>> 4 == 0 && request.dword1() == 0) {
            SmbusFrequency f = request.frequency();
            if (f.hertz() == 0 || f.hertz() > maxFrequency.hertz()) {
                return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
            }
            frequency = f;
            return ConfigurationSetResponse.success(request.csi());
        }
        if (id.equals(ConfigurationIdentifier.HEALTH_STATUS_CHANGE) && request.portId() == 0 && request.dword0Specific() == 0) {
            clearHealthChanges.accept(request.clearMask());
            return ConfigurationSetResponse.success(request.csi());
        }
        if (id.equals(ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE) && isPort(request.portId())
                && request.dword0Specific() == 0 && request.dword1() >>> 16 == 0) {
            int size = request.transmissionUnitSize();
            if (size < BASELINE_TRANSMISSION_UNIT || size > maxTransmissionUnit[request.portId()]) {
                return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
            }
            transmissionUnit[request.portId()] = size;
            return ConfigurationSetResponse.success(request.csi());
        }
        return ErrorResponse.of(request, MiStatus.INVALID_PARAMETER);
    }

    private boolean isPort(int port) {
        return port < transmissionUnit.length;
    }
}
