package org.bmcplatform.console.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the program arguments into configuration ({@code --bmc.url=...}, {@code --spring.x=...},
 * read by Spring Boot) and the command to run ({@code readings 3 --sensor temperature}).
 * Configuration names contain a dot; command options never do.
 */
public final class ProgramArguments {

    private static final Pattern CONFIGURATION = Pattern.compile("--[\\w-]+(\\.[\\w-]+)+(=.*)?", Pattern.DOTALL);

    private ProgramArguments() {
    }

    /** The words of the command, without configuration arguments; empty means interactive mode. */
    public static List<String> commandWords(String[] args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (!CONFIGURATION.matcher(arg).matches()) {
                words.add(arg);
            }
        }
        return words;
    }

    /**
     * Joins words into one command line for the shell's parser, quoting a word that holds
     * whitespace so it stays one word ({@code decode smbus "3a 0f 08"}).
     */
    public static String commandLine(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0) {
                line.append(' ');
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                line.append('"').append(word.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                line.append(word);
            }
        }
        return line.toString();
    }
}
