package org.bmcplatform.profiles.pldm;

import java.util.List;

/**
 * A sensor unit (DSP0248 Table 74 "sensorUnits enumeration"), used for baseUnit and auxUnit of the
 * Numeric Sensor PDR: 2 degrees C, 5 volts, 6 amps, 7 watts, 19 RPM, 65 percentage and so on up to
 * 86; 255 is an OEM unit (see the OEM Unit PDR). Unknown codes round-trip.
 */
public record SensorUnit(int code) {
    public static final SensorUnit NONE = new SensorUnit(0);
    public static final SensorUnit UNSPECIFIED = new SensorUnit(1);
    public static final SensorUnit DEGREES_C = new SensorUnit(2);
    public static final SensorUnit DEGREES_F = new SensorUnit(3);
    public static final SensorUnit KELVINS = new SensorUnit(4);
    public static final SensorUnit VOLTS = new SensorUnit(5);
    public static final SensorUnit AMPS = new SensorUnit(6);
    public static final SensorUnit WATTS = new SensorUnit(7);
    public static final SensorUnit JOULES = new SensorUnit(8);
    public static final SensorUnit CFM = new SensorUnit(18);
    public static final SensorUnit RPM = new SensorUnit(19);
    public static final SensorUnit HERTZ = new SensorUnit(20);
    public static final SensorUnit SECONDS = new SensorUnit(21);
    public static final SensorUnit BITS = new SensorUnit(60);
    public static final SensorUnit BYTES = new SensorUnit(61);
    public static final SensorUnit PERCENTAGE = new SensorUnit(65);
    public static final SensorUnit COUNTS = new SensorUnit(67);
    public static final SensorUnit PACKETS = new SensorUnit(76);
    public static final SensorUnit ERRORS = new SensorUnit(79);
    public static final SensorUnit OEM_UNIT = new SensorUnit(255);

    private static final List<String> NAMES = List.of("none", "unspecified", "degrees C", "degrees F", "kelvins", "volts",
            "amps", "watts", "joules", "coulombs", "VA", "nits",
            "lumens", "lux", "candelas", "kPa", "PSI", "newtons",
            "CFM", "RPM", "hertz", "seconds", "minutes", "hours",
            "days", "weeks", "mils", "inches", "feet", "cubic inches",
            "cubic feet", "meters", "cubic centimeters", "cubic meters", "liters", "fluid ounces",
            "radians", "steradians", "revolutions", "cycles", "gravities", "ounces",
            "pounds", "foot-pounds", "ounce-inches", "gauss", "gilberts", "henries",
            "farads", "ohms", "siemens", "moles", "becquerels", "PPM (parts/million)",
            "decibels", "DbA", "DbC", "grays", "sieverts", "color temperature degrees K",
            "bits", "bytes", "words (data)", "doublewords", "quadwords", "percentage",
            "pascals", "counts", "grams", "newton-meters", "hits", "misses",
            "retries", "overruns/overflows", "underruns", "collisions", "packets", "messages",
            "characters", "errors", "corrected errors", "uncorrectable errors", "square mils", "square inches",
            "square feet", "square centimeters", "square meters");

    public SensorUnit {
        WireRange.unsigned(code, 8, "sensor unit");
    }

    /** {@code degrees C (0x02)}. */
    public String label() {
        if (code < NAMES.size()) {
            return NAMES.get(code) + String.format(" (0x%02x)", code);
        }
        return code == 255 ? "OEM unit (0xff)" : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
