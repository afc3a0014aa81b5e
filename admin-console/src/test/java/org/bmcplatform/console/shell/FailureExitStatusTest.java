package org.bmcplatform.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.core.command.ExitStatus;

class FailureExitStatusTest {

    private final FailureExitStatus mapper = new FailureExitStatus();

    @Test
    void commandFailureThrownThroughReflectionKeepsItsCodeAndMessage() {
        ExitStatus status = mapper.apply(new InvocationTargetException(CommandFailure.usage("give an id")));

        assertThat(status).isEqualTo(new ExitStatus(CommandFailure.USAGE, "give an id"));
    }

    @Test
    void conversionFailureIsAUsageError() {
        ExitStatus status = mapper.apply(new ConversionFailedException(TypeDescriptor.valueOf(String.class),
                TypeDescriptor.valueOf(Integer.class), "abc", new NumberFormatException("For input string: \"abc\"")));

        assertThat(status.code()).isEqualTo(CommandFailure.USAGE);
        assertThat(status.description()).contains("abc").contains("help");
    }

    @Test
    void anyOtherExceptionIsAFailureNamingItsRootCause() {
        ExitStatus status = mapper.apply(new IllegalStateException("outer", new java.io.IOException("disk full")));

        assertThat(status.code()).isEqualTo(CommandFailure.FAILED);
        assertThat(status.description()).contains("disk full");
    }
}
