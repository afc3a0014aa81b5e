package org.bmcplatform.profiles.ipmifru;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Board Info Area (FRU spec §11): language code, manufacturing date/time (minutes since
 * 1996-01-01 00:00 UTC, 24 bits, 0 = unspecified), manufacturer, product name, serial number,
 * part number, FRU file id and custom fields. Version, length, end marker, padding and checksum are
 * computed by the codec.
 */
public record BoardInfo(int languageCode, int manufacturedMinutes, FruField manufacturer, FruField productName,
                        FruField serialNumber, FruField partNumber, FruField fruFileId, List<FruField> custom) {
    public static final Instant EPOCH = Instant.parse("1996-01-01T00:00:00Z");
    public static final int MAX_MINUTES = 0xFF_FFFF;

    public BoardInfo {
        if (languageCode < 0 || languageCode > 0xFF) {
            throw new IllegalArgumentException("language code is one byte, was " + languageCode);
        }
        if (manufacturedMinutes < 0 || manufacturedMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("manufacturing time is 24 bits of minutes, was " + manufacturedMinutes);
        }
        if (manufacturer == null || productName == null || serialNumber == null || partNumber == null || fruFileId == null) {
            throw new IllegalArgumentException("fixed fields are required (use FruField.EMPTY)");
        }
        custom = List.copyOf(custom);
    }

    /** Minutes since 1996-01-01 00:00 UTC for an instant (truncated to the minute). */
    public static int minutesSince1996(Instant at) {
        long minutes = Duration.between(EPOCH, at).toMinutes();
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(at + " is outside the FRU date range");
        }
        return (int) minutes;
    }

    /** The manufacturing time, empty when unspecified (0). */
    public Optional<Instant> manufactured() {
        return manufacturedMinutes == 0 ? Optional.empty() : Optional.of(EPOCH.plus(Duration.ofMinutes(manufacturedMinutes)));
    }
}
