package org.bmcplatform.console.interfaces;

import java.util.regex.Pattern;

import org.bmcplatform.console.shell.CommandFailure;

/** An interface name typed by the user, as {@code interfaces} lists them ({@code smbus0}, {@code host0}). */
final class InterfaceName {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private InterfaceName() {
    }

    /** @throws CommandFailure (usage) saying what a name looks like, with the command to type */
    static String parse(String raw, String usage) {
        if (raw == null || raw.isBlank()) {
            throw CommandFailure.usage("give an interface name: `" + usage + "`; `interfaces` lists them");
        }
        String name = raw.strip();
        if (!NAME.matcher(name).matches()) {
            throw CommandFailure.usage("'" + name + "' is not an interface name: names are letters, digits, '.', '_'"
                    + " and '-', such as smbus0; `interfaces` lists them");
        }
        return name;
    }
}
