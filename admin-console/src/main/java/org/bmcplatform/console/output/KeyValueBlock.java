package org.bmcplatform.console.output;

import java.util.ArrayList;
import java.util.List;

/**
 * One item as aligned {@code key: value} lines, with optional indented sections
 * ({@code Assets}, {@code Sensors}) that hold nested lines or a table. A missing value is "-".
 */
public final class KeyValueBlock {

    private final List<String[]> entries = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    public static KeyValueBlock create() {
        return new KeyValueBlock();
    }

    public KeyValueBlock put(String key, Object value) {
        String text = value == null || value.toString().isBlank() ? "-" : value.toString();
        entries.add(new String[] {key, text});
        return this;
    }

    /** A titled section rendered after the entries, its lines indented by two spaces. */
    public KeyValueBlock section(String title, String body) {
        StringBuilder s = new StringBuilder(title).append(":\n");
        body.lines().forEach(line -> s.append(line.isEmpty() ? "" : "  " + line).append('\n'));
        sections.add(s.toString());
        return this;
    }

    public String render() {
        int width = 0;
        for (String[] e : entries) {
            width = Math.max(width, e[0].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] e : entries) {
            out.append(e[0]).append(':').append(" ".repeat(width - e[0].length() + 1)).append(e[1]).append('\n');
        }
        for (String section : sections) {
            out.append(section);
        }
        return out.toString();
    }
}
