package org.bmcplatform.console.simulation;

import java.util.List;
import java.util.Locale;

import org.bmcplatform.console.shell.CommandFailure;

/** Checks the arguments of {@code sim fault} before anything is sent; each mistake says what to type. */
final class FaultArguments {
    /** The fault kinds of device-sim's FaultKind, by their labels. */
    static final List<String> KINDS = List.of("silent", "slow", "corrupt", "wrong-instance-id", "truncated");
    static final int EVERY_MAX = 1_000_000;
    static final long DELAY_MAX_MS = 60_000;

    private FaultArguments() {
    }

    /** A board component id such as {@code nvme0}. */
    static String simId(String text, String command) {
        String id = text == null ? "" : text.strip();
        if (id.isEmpty()) {
            throw CommandFailure.usage("give the simulated component's id (its board-file id, e.g. nvme0); usage: " + command);
        }
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw CommandFailure.usage("'" + id + "' is not a simulated component id: ids are board-file ids such as nvme0 or hba0; "
                    + "usage: " + command);
        }
        return id;
    }

    static FaultPlanView.Fault fault(String kindText, String rateText, String everyText, String delayText) {
        String kind = kindText == null ? "" : kindText.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (kind.isEmpty()) {
            throw CommandFailure.usage("give a fault kind after the id (" + String.join(", ", KINDS)
                    + "), e.g. sim fault nvme2 corrupt --every 2");
        }
        if (!KINDS.contains(kind)) {
            throw CommandFailure.usage("'" + (kindText == null ? "" : kindText.strip()) + "' is not a fault kind: give one of "
                    + String.join(", ", KINDS));
        }
        boolean hasRate = present(rateText);
        boolean hasEvery = present(everyText);
        if (hasRate && hasEvery) {
            throw CommandFailure.usage("give --rate (a probability per reply) or --every (every Nth reply), not both");
        }
        Double rate = null;
        if (hasRate) {
            rate = parseDouble(rateText);
            if (rate == null || !(rate > 0 && rate <= 1)) {
                throw CommandFailure.usage("--rate '" + rateText.strip() + "' is not a probability: give a number above 0 and at most 1, e.g. 0.5");
            }
        }
        Integer every = null;
        if (hasEvery) {
            Long n = parseLong(everyText);
            if (n == null || n < 1 || n > EVERY_MAX) {
                throw CommandFailure.usage("--every '" + everyText.strip() + "' is not a count of replies: give a whole number from 1 to " + EVERY_MAX);
            }
            every = n.intValue();
        }
        Long delay = null;
        if (kind.equals("slow")) {
            if (!present(delayText)) {
                throw CommandFailure.usage("a slow fault needs --delay-ms, e.g. --delay-ms 280 (just under the platform's 300 ms request timeout)");
            }
            delay = parseLong(delayText);
            if (delay == null || delay < 1 || delay > DELAY_MAX_MS) {
                throw CommandFailure.usage("--delay-ms '" + delayText.strip() + "' is not a delay: give a whole number of ms from 1 to " + DELAY_MAX_MS);
            }
        } else if (present(delayText)) {
            throw CommandFailure.usage("only a slow fault takes --delay-ms; remove it or use `sim fault <simId> slow --delay-ms N`");
        }
        return new FaultPlanView.Fault(kind, rate, every, delay, null, null);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Double parseDouble(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
