package org.bmcplatform.console.output;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How values read from the platform are shown: temperatures in °C, instants to the second in UTC. */
public final class Units {

    private Units() {
    }

    /** {@code 41.5 °C}; null is null (shown as "-"). */
    public static String celsius(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.1f °C", value);
    }

    /**
     * A sensor value with its unit: UCUM {@code Cel} (what the profiles report, DESIGN.md
     * device-profiles) is shown as °C, {@code %} as a percentage, the dimensionless {@code 1} as the bare
     * number, anything else as given.
     */
    public static String value(Double value, String unit) {
        if (value == null) {
            return null;
        }
        if (unit == null || unit.isBlank() || unit.equals("1")) { // UCUM "1": a plain count or flag set
            return number(value);
        }
        if (unit.equals("Cel") || unit.equalsIgnoreCase("celsius") || unit.equals("°C")) {
            return celsius(value);
        }
        if (unit.equals("%")) {
            return number(value) + " %";
        }
        return number(value) + " " + unit;
    }

    /** An ISO-8601 instant from the server, truncated to whole seconds; text that is not one is shown as is. */
    public static String instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(iso).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * A 7-bit bus address as {@code 0x1d}: the server may send it as a number (29) or already as
     * text ({@code "0x1d"}); text that is not a decimal number is shown as is.
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            return String.format(Locale.ROOT, "0x%02x", Integer.parseInt(address.strip()));
        } catch (NumberFormatException e) {
            return address.strip();
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
