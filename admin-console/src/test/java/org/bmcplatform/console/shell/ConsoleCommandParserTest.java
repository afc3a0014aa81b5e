package org.bmcplatform.console.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

class ConsoleCommandParserTest {

    private final ConsoleCommandParser parser = new ConsoleCommandParser(new CommandRegistry());

    @Test
    void longOptionTakesTheNegativeValueThatFollowsIt() {
        ParsedInput input = parser.parse("readings 3 --from -15m --limit 10");

        assertThat(input.commandName()).isEqualTo("readings");
        assertThat(input.arguments()).extracting(a -> a.value()).containsExactly("3");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("from", "-15m"),
                        org.assertj.core.groups.Tuple.tuple("limit", "10"));
    }

    @Test
    void valueGivenWithEqualsSignIsKept() {
        assertThat(ConsoleCommandParser.joinNegativeValues("readings 3 --from=-2h")).isEqualTo("readings 3 --from=-2h");
    }

    @Test
    void quotedWordsAreNotSplit() {
        assertThat(ConsoleCommandParser.joinNegativeValues("decode smbus \"3a 0f\" --x -1"))
                .isEqualTo("decode smbus \"3a 0f\" --x=-1");
    }

    @Test
    void helpAfterASubCommandAsksForHelp() {
        assertThat(ConsoleCommandParser.joinNegativeValues("decode smbus --help")).isEqualTo("decode smbus --help=true");
        assertThat(ConsoleCommandParser.joinNegativeValues("readings -h")).isEqualTo("readings -h");
    }

    @Test
    void emptyInputSaysHowToListCommands() {
        assertThatThrownBy(() -> parser.parse("  ")).hasMessageContaining("help");
    }

    @Test
    void booleanOptionOfASubCommandIsAFlagWhereverItStands() {
        Command pcap = Command.builder().name("decode pcap").options(
                CommandOption.with().longName("verbose").type(boolean.class).build()).execute(context -> { });
        ConsoleCommandParser withPcap = new ConsoleCommandParser(new CommandRegistry(java.util.Set.of(pcap)));

        assertThat(withPcap.flagBooleanOptions("decode pcap bus0.pcapng --verbose")).isEqualTo("decode pcap bus0.pcapng --verbose=true");
        assertThat(withPcap.flagBooleanOptions("decode pcap --verbose bus0.pcapng")).isEqualTo("decode pcap --verbose=true bus0.pcapng");
        assertThat(withPcap.flagBooleanOptions("decode pcap --verbose false bus0.pcapng")).isEqualTo("decode pcap --verbose false bus0.pcapng");
        assertThat(withPcap.flagBooleanOptions("decode smbus 3a --verbose")).isEqualTo("decode smbus 3a --verbose");
        ParsedInput input = withPcap.parse("decode pcap bus0.pcapng --verbose");
        assertThat(input.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("verbose", "true"));
        assertThat(input.arguments()).extracting(a -> a.value()).containsExactly("bus0.pcapng");
    }

    @Test
    void aCommandAndItsSubCommandsShareTheFirstWord() {
        java.util.Set<Command> commands = new java.util.HashSet<>();
        for (String name : new String[] {"interfaces", "interface", "interface up", "interface down", "captures",
                "capture start", "capture stop", "capture get"}) {
            commands.add(Command.builder().name(name).execute(context -> { }));
        }
        ConsoleCommandParser withInterfaces = new ConsoleCommandParser(new CommandRegistry(commands));

        ParsedInput show = withInterfaces.parse("interface smbus0");
        assertThat(show.commandName()).isEqualTo("interface");
        assertThat(show.subCommands()).isEmpty();
        assertThat(show.arguments()).extracting(a -> a.value()).containsExactly("smbus0");
        ParsedInput down = withInterfaces.parse("interface down smbus0");
        assertThat(down.subCommands()).containsExactly("down");
        assertThat(down.arguments()).extracting(a -> a.value()).containsExactly("smbus0");
        ParsedInput get = withInterfaces.parse("capture get smbus0-20260131T120000.000Z --output bus0.pcapng");
        assertThat(get.commandName()).isEqualTo("capture");
        assertThat(get.subCommands()).containsExactly("get");
        assertThat(get.arguments()).extracting(a -> a.value()).containsExactly("smbus0-20260131T120000.000Z");
        assertThat(get.options()).extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("output", "bus0.pcapng"));
    }
}
