package org.bmcplatform.console.health;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bmcplatform.console.shell.CommandFailure;

/**
 * A point in time typed by the user: an ISO-8601 instant ({@code 2026-11-22T00:00:00Z}) or a
 * time relative to now ({@code -15m}, {@code -2h}, {@code -30s}, {@code -1d}).
 */
final class TimeArgument {

    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,9})([smhd])");

    private TimeArgument() {
    }

    /** Null or blank gives null (the server's default applies). */
    static Instant parse(String raw, String option, Instant now) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher m = RELATIVE.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration ago = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return now.minus(ago);
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw CommandFailure.usage("--" + option + " '" + s + "' is not a time: give an ISO-8601 instant such as "
                    + "2026-01-31T12:00:00Z or a time ago such as -15m, -2h, -1d (as --" + option + "=-15m)");
        }
    }
}
