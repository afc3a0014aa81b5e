package org.bmcplatform.console.shell;

/**
 * A command that could not do its job, with a message that tells the user what to do and the
 * process exit code it stands for in one-shot mode. Thrown by commands, turned into an
 * {@link org.springframework.shell.core.command.ExitStatus} by {@link FailureExitStatus}.
 */
public final class CommandFailure extends RuntimeException {

    /** The command ran but the answer is "no" (server error, invalid frame). */
    public static final int FAILED = 1;
    /** The arguments were wrong; nothing was sent. */
    public static final int USAGE = 2;
    /** The platform did not answer at the HTTP level (connection refused, timeout). */
    public static final int UNREACHABLE = 3;

    private final int exitCode;

    private CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static CommandFailure failed(String message) {
        return new CommandFailure(FAILED, message, null);
    }

    public static CommandFailure usage(String message) {
        return new CommandFailure(USAGE, message, null);
    }

    public static CommandFailure unreachable(String message, Throwable cause) {
        return new CommandFailure(UNREACHABLE, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
