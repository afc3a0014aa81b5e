package org.bmcplatform.mctp.inspect;

/** One decoded field: its name (layer first, e.g. {@code smbus.source}) and its value as a person reads it. */
public record Field(String name, String value) {
    public Field {
        if (name == null || value == null) {
            throw new IllegalArgumentException("name and value must not be null");
        }
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
