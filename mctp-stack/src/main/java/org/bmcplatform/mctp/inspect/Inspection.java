package org.bmcplatform.mctp.inspect;

import java.util.List;
import java.util.Optional;

/**
 * The result of inspecting a frame: whether it would be accepted, every field that could be read
 * (also for a bad frame), and the reason it would be dropped.
 */
public record Inspection(boolean valid, List<Field> fields, Optional<String> error) {
    public Inspection {
        fields = List.copyOf(fields);
        if (error == null || valid == error.isPresent()) {
            throw new IllegalArgumentException("an invalid inspection has an error and a valid one has none");
        }
    }

    /** The value of the first field with that name. */
    public Optional<String> value(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).findFirst();
    }
}
