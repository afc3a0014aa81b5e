package org.bmcplatform.console.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProgramArgumentsTest {

    @Test
    void configurationArgumentsAreNotPartOfTheCommand() {
        String[] args = {"--bmc.url=http://127.0.0.1:8181", "readings", "3", "--sensor", "temperature",
                "--logging.level.root=debug", "--limit=5"};

        assertThat(ProgramArguments.commandWords(args))
                .containsExactly("readings", "3", "--sensor", "temperature", "--limit=5");
    }

    @Test
    void onlyConfigurationMeansInteractiveMode() {
        assertThat(ProgramArguments.commandWords(new String[] {"--bmc.url=http://x:1"})).isEmpty();
        assertThat(ProgramArguments.commandWords(new String[0])).isEmpty();
    }

    @Test
    void wordWithWhitespaceStaysOneQuotedWord() {
        assertThat(ProgramArguments.commandLine(List.of("decode", "smbus", "3a 0f 08")))
                .isEqualTo("decode smbus \"3a 0f 08\"");
        assertThat(ProgramArguments.commandLine(List.of("components"))).isEqualTo("components");
    }
}
