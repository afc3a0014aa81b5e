package org.bmcplatform.mctp.binding.serial;

import java.time.Duration;
import java.util.Set;
import org.bmcplatform.mctp.binding.BindingSpec;

/**
 * How a tty device is set up (termios): baud rate, character format, flow control, and how often a
 * missing or lost device is looked for again. Read from a spec string such as
 * {@code serial:/dev/ttyUSB0?baud=115200&data-bits=8&parity=none&stop-bits=1&flow=none&reconnect-ms=1000}.
 */
public record SerialPortSettings(int baud, int dataBits, Parity parity, StopBits stopBits, FlowControl flow,
                                 Duration reconnectInterval) {
    /** The options a {@code serial:} spec may carry. */
    public static final Set<String> OPTIONS = Set.of("baud", "data-bits", "parity", "stop-bits", "flow", "reconnect-ms");
    /** Default rate: the usual BMC debug UART rate. */
    public static final int DEFAULT_BAUD = 115200;
    /** Default time between attempts to open a missing or lost device. */
    public static final Duration DEFAULT_RECONNECT_INTERVAL = Duration.ofSeconds(1);
    /** 115200 baud, 8N1, no flow control, reconnect every second. */
    public static final SerialPortSettings DEFAULTS = new SerialPortSettings(DEFAULT_BAUD, 8, Parity.NONE, StopBits.ONE,
            FlowControl.NONE, DEFAULT_RECONNECT_INTERVAL);

    public SerialPortSettings {
        if (baud < 50 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud must be 50..4000000, was " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5..8, was " + dataBits);
        }
        if (parity == null || stopBits == null || flow == null || reconnectInterval == null) {
            throw new IllegalArgumentException("parity, stop bits, flow control and reconnect interval must not be null");
        }
        if (reconnectInterval.isNegative() || reconnectInterval.isZero()) {
            throw new IllegalArgumentException("reconnect interval must be positive, was " + reconnectInterval);
        }
    }

    /** Reads the options of a {@code serial:} spec; a bad or unknown option throws naming it. */
    public static SerialPortSettings fromSpec(BindingSpec spec) {
        spec.onlyOptions(OPTIONS);
        return new SerialPortSettings(
                spec.intOption("baud", DEFAULT_BAUD, 50, 4_000_000),
                spec.intOption("data-bits", 8, 5, 8),
                Parity.parse(spec.choiceOption("parity", "none", Parity.NAMES)),
                StopBits.parse(spec.choiceOption("stop-bits", "1", StopBits.NAMES)),
                FlowControl.parse(spec.choiceOption("flow", "none", FlowControl.NAMES)),
                Duration.ofMillis(spec.intOption("reconnect-ms", 1000, 10, 3_600_000)));
    }

    public SerialPortSettings withBaud(int b) {
        return new SerialPortSettings(b, dataBits, parity, stopBits, flow, reconnectInterval);
    }

    public SerialPortSettings withReconnectInterval(Duration d) {
        return new SerialPortSettings(baud, dataBits, parity, stopBits, flow, d);
    }

    /** Parity bit. */
    public enum Parity {
        NONE, ODD, EVEN, MARK, SPACE;

        static final Set<String> NAMES = Set.of("none", "odd", "even", "mark", "space");

        static Parity parse(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Stop bits: 1, 1.5 or 2. */
    public enum StopBits {
        ONE("1"), ONE_AND_A_HALF("1.5"), TWO("2");

        static final Set<String> NAMES = Set.of("1", "1.5", "2");
        private final String label;

        StopBits(String label) {
            this.label = label;
        }

        static StopBits parse(String label) {
            for (StopBits s : values()) {
                if (s.label.equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("stop bits must be one of " + NAMES + ", was '" + label + "'");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Flow control. Note DSP0253 escapes only 0x7E and 0x7D, so with {@link #XON_XOFF} packet bytes 0x11
     * and 0x13 are taken by the driver as flow control; use it only with a peer that never sends them.
     */
    public enum FlowControl {
        NONE, RTS_CTS, XON_XOFF;

        static final Set<String> NAMES = Set.of("none", "rts-cts", "xon-xoff");

        static FlowControl parse(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
