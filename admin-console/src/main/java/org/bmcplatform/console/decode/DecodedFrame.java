package org.bmcplatform.console.decode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the inspector made of one frame: every field it could name, layer by layer, and whether the
 * frame passes its binding's checks (PEC/FCS, byte count); {@code error} says why not.
 */
record DecodedFrame(boolean valid, List<Field> fields, Optional<String> error) {

    DecodedFrame {
        fields = List.copyOf(fields);
        Objects.requireNonNull(error);
        if (!valid && error.isEmpty()) {
            throw new IllegalArgumentException("an invalid frame needs the reason");
        }
    }

    record Field(String name, String value) {
        Field {
            Objects.requireNonNull(name);
            value = value == null ? "" : value;
        }
    }
}
