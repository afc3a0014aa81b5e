package org.bmcplatform.app.buses;

import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.astlpc.AstLpcBackend;
import org.bmcplatform.mctp.binding.pcc.PccBinding;
import org.bmcplatform.mctp.binding.pcc.PccChannel;
import org.bmcplatform.mctp.binding.serial.JSerialCommLine;
import org.bmcplatform.mctp.binding.serial.SerialBinding;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.smbus.linux.I2cDevPort;
import org.bmcplatform.mctp.binding.smbus.linux.I2cDevSettings;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;

/**
 * Opens the real medium a bus's backend spec names (device-sim/BOARD-FILE.md, "Backends") as the platform's
 * binding on it: {@code i2c:} under SMBus, {@code serial:} (jSerialComm) under DSP0253, {@code pcc-file:} and
 * {@code pcc:} under DSP0292 in the OSPM role, {@code astlpc:} and {@code astlpc-file:} in the BMC role.
 */
final class BusBackends {
    private BusBackends() {
    }

    /** @throws BusUnavailableException naming the board file, the bus and what is missing */
    static Binding open(BoardSpec board, BusSpec bus, Scheduler scheduler) {
        try {
            return switch (bus.binding()) {
                case BusSpec.SMBUS -> new SmbusBinding(I2cDevPort.open(I2cDevSettings.parse(bus.backend(), bus.address())),
                        bus.mtu());
                case BusSpec.SERIAL -> new SerialBinding(JSerialCommLine.open(bus.backend(), scheduler), bus.mtu());
                case BusSpec.PCC -> new PccBinding(PccChannel.open(bus.backend(), scheduler),
                        PccBinding.Settings.DEFAULTS.withMtu(bus.mtu()));
                case BusSpec.ASTLPC -> AstLpcBackend.open(bus.backend(), scheduler);
                default -> throw new IllegalArgumentException("binding '" + bus.binding() + "' has no real backend");
            };
        } catch (RuntimeException e) {
            throw new BusUnavailableException(board, bus, e);
        }
    }
}
