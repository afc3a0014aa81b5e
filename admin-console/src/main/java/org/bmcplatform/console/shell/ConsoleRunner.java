package org.bmcplatform.console.shell;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * Chooses the mode from the program arguments: none (apart from configuration such as
 * {@code --bmc.url=}) opens the interactive shell with completion and history; otherwise the
 * arguments are one command, run once, whose exit code becomes the process exit code.
 * Replaces Spring Shell's own application runner (it backs off when another one exists).
 */
@Component
public class ConsoleRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<ShellRunner> interactiveShell;
    private final CommandParser parser;
    private final CommandRegistry registry;
    private volatile int exitCode;

    public ConsoleRunner(ObjectProvider<ShellRunner> interactiveShell, CommandParser parser, CommandRegistry registry) {
        this.interactiveShell = interactiveShell;
        this.parser = parser;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = ProgramArguments.commandWords(args.getSourceArgs());
        if (words.isEmpty()) {
            interactiveShell.getObject().run(new String[0]);
            exitCode = 0;
            return;
        }
        Charset charset = outputCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        exitCode = new OneShotRunner(parser, registry).run(words, out, err);
    }

    /** The platform's charset, unless it cannot write "°C" (a POSIX/ASCII locale): then UTF-8. */
    static Charset outputCharset() {
        Charset platform = Charset.defaultCharset();
        return platform.newEncoder().canEncode('°') ? platform : StandardCharsets.UTF_8;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
