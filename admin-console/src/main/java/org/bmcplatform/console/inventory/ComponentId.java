package org.bmcplatform.console.inventory;

import org.bmcplatform.console.shell.CommandFailure;

/** A component id typed by the user: a positive whole number, as listed by {@code components}. */
public final class ComponentId {

    private ComponentId() {
    }

    /** @throws CommandFailure (usage) saying what a valid id looks like */
    public static long parse(String raw, String command) {
        if (raw == null || raw.isBlank()) {
            throw CommandFailure.usage("give a component id: `" + command + " <id>`; `components` lists the ids");
        }
        String s = raw.strip();
        long id;
        try {
            id = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw CommandFailure.usage("'" + s + "' is not a component id: ids are whole numbers such as 1;"
                    + " `components` lists them");
        }
        if (id <= 0) {
            throw CommandFailure.usage("'" + s + "' is not a component id: ids start at 1; `components` lists them");
        }
        return id;
    }
}
