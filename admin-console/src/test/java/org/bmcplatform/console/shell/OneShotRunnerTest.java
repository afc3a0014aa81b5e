package org.bmcplatform.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

class OneShotRunnerTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CommandRegistry registry = new CommandRegistry();
    private final OneShotRunner runner = new OneShotRunner(new ConsoleCommandParser(registry), registry);

    OneShotRunnerTest() {
        registry.registerCommand(command("greet", context -> {
            context.outputWriter().println("hello " + context.getArgumentByIndex(0).value());
            return ExitStatus.OK;
        }));
        registry.registerCommand(command("refuse", context -> new ExitStatus(CommandFailure.UNREACHABLE, "cannot reach it")));
        registry.registerCommand(command("crash", context -> {
            throw new IllegalStateException("boom");
        }));
        registry.registerCommand(command("usage", context -> ExitStatus.USAGE_ERROR));
        registry.registerCommand(command("needs", context -> ExitStatus.OK));
    }

    @Test
    void successfulCommandPrintsItsOutputAndExitsZero() {
        assertThat(run("greet", "world")).isZero();
        assertThat(out.toString()).isEqualTo("hello world" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void failedStatusPrintsItsDescriptionToStandardErrorAndExitsWithItsCode() {
        assertThat(run("refuse")).isEqualTo(CommandFailure.UNREACHABLE);
        assertThat(err.toString()).contains("cannot reach it");
    }

    @Test
    void shellUsageErrorBecomesExitCodeTwoNotANegativeNumber() {
        assertThat(run("usage")).isEqualTo(CommandFailure.USAGE);
    }

    @Test
    void commandThatThrowsExitsOneWithTheCause() {
        assertThat(run("crash")).isEqualTo(CommandFailure.FAILED);
        assertThat(err.toString()).contains("boom");
    }

    @Test
    void unknownCommandSaysHowToListCommandsAndExitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(CommandFailure.USAGE);
        assertThat(err.toString()).contains("unknown command 'frobnicate'").contains("help");
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        assertThat(run("needs", "--sensor")).isEqualTo(CommandFailure.USAGE);
        assertThat(err.toString()).contains("--sensor").contains("help needs");
    }

    private int run(String... words) {
        return runner.run(List.of(words), new PrintWriter(out), new PrintWriter(err));
    }

    private static AbstractCommand command(String name, Body body) {
        return new AbstractCommand(name, name + " for tests") {
            @Override
            public ExitStatus doExecute(CommandContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    @FunctionalInterface
    private interface Body {
        ExitStatus run(CommandContext context) throws Exception;
    }
}
