package org.bmcplatform.profiles.profile;

import java.nio.file.Path;

/** A profile file that was rejected: where (file, 1-based line, field) and why. The other files still load. */
public record ProfileError(Path file, int line, String field, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
