package org.bmcplatform.console.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The shell's parser, plus two rules: a long option followed by a negative value
 * ({@code --from -15m}) takes that value, where the default parser would read a second option;
 * and {@code --help} or {@code -h} after a sub-command or an argument ({@code decode smbus --help})
 * asks for the command's help, as it already does right after a command name.
 */
public final class ConsoleCommandParser implements CommandParser {

    /** Splits on whitespace outside double quotes, as {@link DefaultCommandParser} does. */
    private static final Pattern WORDS = Pattern.compile("\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    private static final Pattern NEGATIVE_VALUE = Pattern.compile("-\\d.*");

    private final DefaultCommandParser delegate;

    public ConsoleCommandParser(CommandRegistry registry) {
        this.delegate = new DefaultCommandParser(registry);
    }

    @Override
    public ParsedInput parse(String input) {
        String line = input.strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("no command given; run `help` to list the commands");
        }
        return delegate.parse(joinNegativeValues(line));
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
