package org.bmcplatform.mctp.binding;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A backend named by a short spec string (STYLE.md rule 17), e.g. {@code serial:/dev/ttyUSB0?baud=115200},
 * {@code i2c:/dev/i2c-3}, {@code virtual} or {@code virtual?baud=9600}: a scheme, an optional path after
 * the colon and {@code &}-separated {@code name=value} options after {@code ?}. Option names are
 * lower-case with dashes. Parsing and the typed getters throw {@link IllegalArgumentException} with a
 * message naming the option and what is allowed; the board loader adds the file and line.
 */
public record BindingSpec(String scheme, String path, Map<String, String> options) {

    public BindingSpec {
        if (scheme == null || !scheme.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("backend scheme must be lower-case letters, digits or '-', was '" + scheme + "'");
        }
        path = path == null ? "" : path;
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Parses {@code scheme[:path][?name=value&...]}. */
    public static BindingSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("backend is empty; write e.g. 'virtual' or 'serial:/dev/ttyUSB0?baud=115200'");
        }
        String t = text.strip();
        String query = "";
        int q = t.indexOf('?');
        if (q >= 0) {
            query = t.substring(q + 1);
            t = t.substring(0, q);
        }
        String scheme = t;
        String path = "";
        int colon = t.indexOf(':');
        if (colon >= 0) {
            scheme = t.substring(0, colon);
            path = t.substring(colon + 1);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("backend '" + text.strip() + "' has an empty path after '" + scheme + ":'");
            }
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("backend option '" + pair + "' must be name=value");
                }
                String name = pair.substring(0, eq);
                if (options.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    throw new IllegalArgumentException("backend option '" + name + "' is given twice");
                }
            }
        }
        return new BindingSpec(scheme, path, options);
    }

    public boolean isVirtual() {
        return "virtual".equals(scheme);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** An integer option (decimal or 0x-hex) within {@code [min, max]}, or the default when absent. */
    public int intOption(String name, int defaultValue, int min, int max) {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = v.startsWith("0x") || v.startsWith("0X") ? Integer.parseInt(v.substring(2), 16) : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("backend option '" + name + "' must be a number, was '" + v + "'");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException("backend option '" + name + "' must be " + min + ".." + max + ", was " + parsed);
        }
        return parsed;
    }

    /** One of the allowed words, or the default when absent. */
    public String choiceOption(String name, String defaultValue, Set<String> allowed) {
        String v = options.getOrDefault(name, defaultValue);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException("backend option '" + name + "' must be one of " + allowed + ", was '" + v + "'");
        }
        return v;
    }

    /** Refuses options nobody reads, so a typo does not pass silently. */
    public BindingSpec onlyOptions(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("backend '" + scheme + "' has no option '" + name + "'; known: " + known);
            }
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(scheme);
        if (!path.isEmpty()) {
            sb.append(':').append(path);
        }
        String sep = "?";
        for (Map.Entry<String, String> e : options.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }
}
