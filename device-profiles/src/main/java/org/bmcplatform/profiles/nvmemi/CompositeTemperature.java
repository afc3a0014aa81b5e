package org.bmcplatform.profiles.nvmemi;

import java.util.OptionalInt;

/**
 * CTEMP of the NVM Subsystem Health Data Structure (NVMe-MI 1.2 §5.6, Figure "NVM Subsystem Health
 * Data Structure"): one byte, signed degrees Celsius with sentinels. 0x00-0x7E = 0..126 °C, 0x7F =
 * 127 °C or more, 0x80 = no data (or older than 5 s), 0x81 = sensor failure, 0x82-0xC3 reserved,
 * 0xC4 = -60 °C or less, 0xC5-0xFF = -59..-1 °C.
 */
public record CompositeTemperature(int raw) {

    /** What the raw byte says. */
    public enum Kind { MEASURED, AT_OR_ABOVE_127, AT_OR_BELOW_MINUS_60, NO_DATA, SENSOR_FAILURE, RESERVED }

    public CompositeTemperature {
        if (raw < 0 || raw > 0xFF) {
            throw new IllegalArgumentException("CTEMP is one byte, was " + raw);
        }
    }

    /** Encodes a temperature, saturating at the 127 / -60 sentinels. */
    public static CompositeTemperature ofCelsius(int celsius) {
        if (celsius >= 127) {
            return new CompositeTemperature(0x7F);
        }
        if (celsius <= -60) {
            return new CompositeTemperature(0xC4);
        }
        return new CompositeTemperature(celsius & 0xFF);
    }

    public static CompositeTemperature noData() {
        return new CompositeTemperature(0x80);
    }

    public static CompositeTemperature sensorFailure() {
        return new CompositeTemperature(0x81);
    }

    public Kind kind() {
        if (raw <= 0x7E || raw >= 0xC5) {
            return Kind.MEASURED;
        }
        if (raw == 0x7F) {
            return Kind.AT_OR_ABOVE_127;
        }
        if (raw == 0xC4) {
            return Kind.AT_OR_BELOW_MINUS_60;
        }
        if (raw == 0x80) {
            return Kind.NO_DATA;
        }
        return raw == 0x81 ? Kind.SENSOR_FAILURE : Kind.RESERVED;
    }

    /** The temperature in °C (127 and -60 for the saturated sentinels); empty when there is no value. */
    public OptionalInt celsius() {
        Kind k = kind();
        if (k == Kind.MEASURED || k == Kind.AT_OR_ABOVE_127 || k == Kind.AT_OR_BELOW_MINUS_60) {
            return OptionalInt.of((byte) raw);
        }
        return OptionalInt.empty();
    }

    @Override
    public String toString() {
        OptionalInt c = celsius();
        return c.isPresent() ? c.getAsInt() + " °C" : kind().name().toLowerCase().replace('_', ' ');
    }
}
