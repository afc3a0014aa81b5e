package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * One bus of the board: an MCTP binding over a backend (device-sim/BOARD-FILE.md "buses[]").
 *
 * @param name    board-unique name, e.g. {@code smbus0}
 * @param binding the MCTP binding: {@link #SMBUS} (DSP0237), {@link #SERIAL} (DSP0253), {@link #PCC}
 *                (DSP0292) or {@link #ASTLPC} (ASPEED LPC/KCS, libmctp astlpc)
 * @param backend the backend spec string, parsed: {@code virtual[?options]} for a simulated medium, or a
 *                real one such as {@code i2c:/dev/i2c-3} or {@code serial:/dev/ttyUSB0?baud=115200}
 * @param mtu     the largest MCTP packet (transport header included) the platform sends on this bus
 * @param role    the platform's role on the link; always {@link Role#BUS_OWNER} except on serial links
 * @param clockHz SMBus SCL clock (100000, 400000 or 1000000); 0 on point-to-point links
 * @param address the platform's own 7-bit SMBus address; {@link #NO_ADDRESS} on point-to-point links
 * @param basicManagement where the platform reads drives' NVMe Basic Management Command on this SMBus bus
 *                (NVMe-MI 1.2 Appendix A), in the order given; empty on point-to-point links
 */
public record BusSpec(String name, String binding, BindingSpec backend, int mtu, Role role, int clockHz, int address,
                      List<BasicManagementSpec> basicManagement) {
    public static final String SMBUS = "smbus";
    public static final String SERIAL = "serial";
    public static final String PCC = "pcc";
    public static final String ASTLPC = "astlpc";
    public static final Set<String> BINDINGS = Set.of(SMBUS, SERIAL, PCC, ASTLPC);
    /** Scheme of the simulated backend. */
    public static final String VIRTUAL = "virtual";
    /** {@link #address()} of a point-to-point link, which has no link address. */
    public static final int NO_ADDRESS = -1;
    /** The baseline MTU: 64-byte BTU + 4-byte transport header (DSP0236 §8.4); the default on every binding. */
    public static final int DEFAULT_MTU = 68;

    /** Virtual serial line: {@code baud} option, default and range (8N1: 10 bit times per byte). */
    public static final String BAUD = "baud";
    public static final int DEFAULT_BAUD = 115_200;
    public static final int MIN_BAUD = 50;
    public static final int MAX_BAUD = 4_000_000;
    /** Virtual PCC and KCS: {@code latency-us} option (doorbell/interrupt or per-KCS-access latency). */
    public static final String LATENCY_US = "latency-us";
    public static final int MAX_LATENCY_US = 100_000;
    /** PCC doorbell-to-interrupt latency of the virtual mailbox (BOARD-FILE.md "Link models"). */
    public static final int DEFAULT_PCC_LATENCY_US = 20;
    /** One KCS register access as seen by the other side: LPC I/O cycle + interrupt (BOARD-FILE.md "Link models"). */
    public static final int DEFAULT_KCS_LATENCY_US = 20;

    /** The platform's role on a link. */
    public enum Role {
        /** The platform assigns EIDs on the link (DSP0236 §8.17). */
        BUS_OWNER("bus-owner"),
        /** The far side owns the link; the platform is one of its endpoints (serial only). */
        ENDPOINT("endpoint");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        /** The board-file word: {@code bus-owner} or {@code endpoint}. */
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public BusSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(role, "role");
        if (!BINDINGS.contains(binding)) {
            throw new IllegalArgumentException("binding must be one of " + BINDINGS + ", was " + binding);
        }
        if (isSmbusBinding(binding) != (address != NO_ADDRESS)) {
            throw new IllegalArgumentException(binding + " bus " + name + ": only smbus buses have a platform address");
        }
        if (!isSmbusBinding(binding) && clockHz != 0) {
            throw new IllegalArgumentException(binding + " bus " + name + ": only smbus buses have a clock");
        }
        if (mtu < DEFAULT_MTU) {
            throw new IllegalArgumentException("MTU must be at least " + DEFAULT_MTU + ", was " + mtu);
        }
        basicManagement = List.copyOf(basicManagement);
        if (!isSmbusBinding(binding) && !basicManagement.isEmpty()) {
            throw new IllegalArgumentException(binding + " bus " + name + ": only smbus buses carry basic management reads");
        }
    }

    /** A bus without basic-management addresses. */
    public BusSpec(String name, String binding, BindingSpec backend, int mtu, Role role, int clockHz, int address) {
        this(name, binding, backend, mtu, role, clockHz, address, List.of());
    }

    /** A virtual SMBus segment at the baseline MTU with the platform as bus owner. */
    public static BusSpec virtualSmbus(String name, int clockHz, int address) {
        return new BusSpec(name, SMBUS, BindingSpec.parse(VIRTUAL), DEFAULT_MTU, Role.BUS_OWNER, clockHz, address);
    }

    /** A point-to-point link (serial, pcc, astlpc) over the given backend, at the baseline MTU. */
    public static BusSpec pointToPoint(String name, String binding, String backend, Role role) {
        return new BusSpec(name, binding, BindingSpec.parse(backend), DEFAULT_MTU, role, 0, NO_ADDRESS);
    }

    private static boolean isSmbusBinding(String binding) {
        return SMBUS.equals(binding);
    }

    /** Whether the simulator provides the medium ({@code backend: virtual}). */
    public boolean isVirtual() {
        return backend.isVirtual();
    }

    /** Whether the link has exactly two ends and no link addresses (serial, PCC, astlpc). */
    public boolean isPointToPoint() {
        return !isSmbusBinding(binding);
    }

    /** The platform's link address: its 7-bit SMBus address, or {@link LinkAddress#NONE} on a point-to-point link. */
    public LinkAddress linkAddress() {
        return isPointToPoint() ? LinkAddress.NONE : LinkAddress.smbus(address);
    }

    /**
     * Baud rate of a serial link: the {@code baud} option of the backend ({@code virtual?baud=9600},
     * {@code serial:/dev/ttyS1?baud=...}), default 115200.
     *
     * @throws IllegalArgumentException when the option is not a number in 50..4000000
     */
    public int baud() {
        return backend.intOption(BAUD, DEFAULT_BAUD, MIN_BAUD, MAX_BAUD);
    }

    /**
     * The modelled latency of a virtual PCC mailbox (doorbell to interrupt) or KCS channel (one register
     * access as the other side sees it): the {@code latency-us} option, default 20 µs.
     *
     * @throws IllegalArgumentException when the option is not a number in 0..100000 or the bus has no latency model
     */
    public Duration latency() {
        int defaultUs;
        if (PCC.equals(binding)) {
            defaultUs = DEFAULT_PCC_LATENCY_US;
        } else if (ASTLPC.equals(binding)) {
            defaultUs = DEFAULT_KCS_LATENCY_US;
        } else {
            throw new IllegalArgumentException(binding + " bus " + name + " has no latency option");
        }
        return Duration.ofNanos(1000L * backend.intOption(LATENCY_US, defaultUs, 0, MAX_LATENCY_US));
    }
}
