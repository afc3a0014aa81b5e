package org.bmcplatform.mctp.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects fields and the first error while a frame is taken apart. */
final class FieldList {
    private final List<Field> fields = new ArrayList<>();
    private String error;

    void add(String name, String value) {
        fields.add(new Field(name, value));
    }

    void fail(String reason) {
        if (error == null) {
            error = reason;
        }
    }

    boolean failed() {
        return error != null;
    }

    Inspection result() {
        return new Inspection(error == null, fields, Optional.ofNullable(error));
    }

    static String hex8(int v) {
        return String.format("0x%02x", v);
    }
}
