package org.bmcplatform.sim.board;

/**
 * One bus of the board.
 *
 * @param name    board-unique name, e.g. {@code smbus0}
 * @param binding the MCTP binding on it; {@code smbus} (DSP0237)
 * @param clockHz SCL clock: 100000, 400000 or 1000000
 * @param address the platform's own 7-bit address on the segment
 * @param backend {@code virtual} for a simulated segment, or a device path such as {@code /dev/i2c-3}
 */
public record BusSpec(String name, String binding, int clockHz, int address, String backend) {
    public static final String VIRTUAL = "virtual";

    public boolean isVirtual() {
        return VIRTUAL.equals(backend);
    }
}
