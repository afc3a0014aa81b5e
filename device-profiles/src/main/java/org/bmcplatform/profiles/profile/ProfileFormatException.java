package org.bmcplatform.profiles.profile;

/** A profile file that breaks the format; becomes a {@link ProfileError} with the file name. */
final class ProfileFormatException extends RuntimeException {
    private final int line;
    private final String field;

    ProfileFormatException(int line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    int line() {
        return line;
    }

    String field() {
        return field;
    }
}
