package org.bmcplatform.console.shell;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command from the program arguments and returns its process exit code: the command's
 * output goes to {@code out}, the reason for a failure to {@code err}. Spring Shell's own
 * non-interactive runner logs a failed status but never turns it into an exit code.
 */
public final class OneShotRunner {

    private final CommandParser parser;
    private final CommandRegistry registry;
    private final CommandExecutor executor;

    public OneShotRunner(CommandParser parser, CommandRegistry registry) {
        this.parser = parser;
        this.registry = registry;
        this.executor = new CommandExecutor(registry);
    }

    public int run(List<String> words, PrintWriter out, PrintWriter err) {
        try {
            ParsedInput input;
            try {
                input = parser.parse(ProgramArguments.commandLine(words));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage() + " (see `help " + words.get(0) + "`)");
                return CommandFailure.USAGE;
            }
            ExitStatus status;
            try {
                status = executor.execute(new CommandContext(input, registry, out, new InputReader() {
                }));
            } catch (CommandNotFoundException e) {
                err.println("unknown command '" + e.getCommandName() + "': run `help` to list the commands");
                return CommandFailure.USAGE;
            } catch (CommandExecutionException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                err.println(e.getMessage() + ": " + cause.getMessage());
                return CommandFailure.FAILED;
            }
            out.flush();
            if (status.code() == ExitStatus.OK.code()) {
                return 0;
            }
            err.println(status.description());
            return exitCode(status);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Spring Shell's own statuses are negative; a process exit code must be 1..255. */
    static int exitCode(ExitStatus status) {
        if (status.code() == ExitStatus.USAGE_ERROR.code()) {
            return CommandFailure.USAGE;
        }
        return status.code() > 0 && status.code() < 256 ? status.code() : CommandFailure.FAILED;
    }
}
