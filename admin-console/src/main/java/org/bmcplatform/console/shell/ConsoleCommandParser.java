package org.bmcplatform.console.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The shell's parser, plus three rules: a long option followed by a negative value
 * ({@code --from -15m}) takes that value, where the default parser would read a second option;
 * {@code --help} or {@code -h} after a sub-command or an argument ({@code decode smbus --help})
 * asks for the command's help, as it already does right after a command name; and a boolean option
 * of a sub-command given without a value ({@code decode pcap --verbose f.pcapng}) is true, where
 * Spring Shell 4.0.1 looks flags up on the root command only and asks for a value.
 */
public final class ConsoleCommandParser implements CommandParser {

    /** Splits on whitespace outside double quotes, as {@link DefaultCommandParser} does. */
    private static final Pattern WORDS = Pattern.compile("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    private static final Pattern NEGATIVE_VALUE = Pattern.compile("-\\d.*");

    private final DefaultCommandParser delegate;
    private final CommandRegistry registry;

    public ConsoleCommandParser(CommandRegistry registry) {
        this.delegate = new DefaultCommandParser(registry);
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        String line = input.strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("no command given; run `help` to list the commands");
        }
        return delegate.parse(flagBooleanOptions(joinNegativeValues(line)));
    }

    /**
     * Appends {@code =true} to a boolean long option of the named (sub-)command that is not followed
     * by {@code true} or {@code false}, so the next word stays an argument.
     */
    String flagBooleanOptions(String line) {
        String[] words = WORDS.split(line);
        Command command = null;
        String name = null;
        int first = 0;
        for (int i = 0; i < words.length && !words[i].startsWith("-"); i++) {
            name = name == null ? words[i] : name + " " + words[i];
            Command c = registry.getCommandByName(name);
            if (c != null) {
                command = c;
                first = i + 1;
            }
        }
        if (command == null) {
            return line;
        }
        List<String> out = new ArrayList<>(List.of(words).subList(0, first));
        for (int i = first; i < words.length; i++) {
            String word = words[i];
            boolean noValueFollows = i + 1 == words.length || words[i + 1].startsWith("-")
                    || !(words[i + 1].equalsIgnoreCase("true") || words[i + 1].equalsIgnoreCase("false"));
            if (word.startsWith("--") && !word.contains("=") && noValueFollows && isBoolean(command, word)) {
                out.add(word + "=true");
            } else {
                out.add(word);
            }
        }
        return String.join(" ", out);
    }

    private static boolean isBoolean(Command command, String word) {
        return command.getOptions().stream().filter(o -> o.isOptionEqual(word))
                .anyMatch(o -> o.type() == boolean.class || o.type() == Boolean.class);
    }

    static String joinNegativeValues(String line) {
        String[] words = WORDS.split(line);
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean longOptionWithoutValue = word.startsWith("--") && word.length() > 2 && !word.contains("=");
            boolean last = i == words.length - 1;
            if (last && i >= 2 && (word.equals("--help") || word.equals("-h"))) {
                out.add("--help=true");
            } else if (longOptionWithoutValue && i + 1 < words.length && NEGATIVE_VALUE.matcher(words[i + 1]).matches()) {
                out.add(word + "=" + words[++i]);
            } else {
                out.add(word);
            }
        }
        return String.join(" ", out);
    }
}
