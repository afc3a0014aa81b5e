package org.bmcplatform.console.shell;

import java.lang.reflect.InvocationTargetException;

import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.springframework.stereotype.Component;

/**
 * Maps what a command threw to an exit status whose description is the message for the user.
 * Every console command names this bean ({@link #BEAN}) as its exit-status mapper, so the
 * interactive shell prints the description and one-shot mode also exits with the code.
 */
@Component(FailureExitStatus.BEAN)
public class FailureExitStatus implements ExitStatusExceptionMapper {

    public static final String BEAN = "failureExitStatus";

    @Override
    public ExitStatus apply(Exception exception) {
        Throwable t = unwrap(exception);
        if (t instanceof CommandFailure failure) {
            return new ExitStatus(failure.exitCode(), failure.getMessage());
        }
        if (t instanceof ConversionException || t instanceof IllegalArgumentException) {
            return new ExitStatus(CommandFailure.USAGE, rootMessage(t) + " (see `help <command>`)");
        }
        return new ExitStatus(CommandFailure.FAILED, t.getClass().getSimpleName() + ": " + rootMessage(t));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof InvocationTargetException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
