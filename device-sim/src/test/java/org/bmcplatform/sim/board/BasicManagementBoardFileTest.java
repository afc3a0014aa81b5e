package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Drives that answer the NVMe Basic Management Command, and the buses the platform reads it on. */
class BasicManagementBoardFileTest {

    /** {@link BoardFileTest#VALID} with nvme0 answering basic management too and the bus listing where to read it. */
    private static String board(String busLine, String nvme0Lines) {
        return BoardFileTest.VALID
                .replace("    address: 0x10\n", "    address: 0x10\n" + busLine + "\n")
                .replace("    slot: Bay 0\n", "    slot: Bay 0\n" + nvme0Lines + "\n");
    }

    @Test
    void driveWithMiAndBasicManagementAnswersBothAndThePlatformReadsTheListedAddresses() {
        BoardSpec spec = BoardFile.parse(board("    basic-management: [0x6a, {address: 0x6b, pec: false}]",
                "    basic-management: 0x6a"), "b.yaml");

        NvmeDriveSpec nvme0 = spec.drive("nvme0");
        assertThat(nvme0.mi()).isTrue();
        assertThat(nvme0.hasMctpEndpoint()).isTrue();
        assertThat(nvme0.basicManagement()).contains(new BasicManagementSpec(0x6a, true));
        assertThat(spec.drive("nvme1").basicManagement()).isEmpty();
        assertThat(spec.bus("smbus0").basicManagement())
                .containsExactly(new BasicManagementSpec(0x6a, true), new BasicManagementSpec(0x6b, false));
    }

    @Test
    void basicOnlyDriveAnswersAtItsAddressWithoutPecWhenToldSo() {
        BoardSpec spec = BoardFile.parse(board("    basic-management: [{address: 0x1d, pec: false}]",
                "    mi: false\n    pec: false"), "b.yaml");

        NvmeDriveSpec nvme0 = spec.drive("nvme0");
        assertThat(nvme0.mi()).isFalse();
        assertThat(nvme0.hasMctpEndpoint()).isFalse();
        assertThat(nvme0.basicManagement()).isEqualTo(Optional.of(new BasicManagementSpec(0x1d, false)));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("basic management at the MI address", board("", "    basic-management: 0x1d"), 20,
                        "components[0].basic-management", "0x1d is the drive's NVMe-MI endpoint address"),
                // nvme0 takes 0x1e for basic management first, so nvme1's MI address is the one refused
                Arguments.of("basic management at another drive's address", board("", "    basic-management: 0x1e"), 33,
                        "components[1].address", "0x1e is already used on smbus0"),
                Arguments.of("basic management at the platform's address", board("", "    basic-management: 0x10"), 20,
                        "components[0].basic-management", "0x10 is the platform's own address on smbus0"),
                Arguments.of("basic-management beside mi: false", board("", "    mi: false\n    basic-management: 0x6a"), 21,
                        "components[0].basic-management", "a drive without NVMe-MI (mi: false) answers basic management at its address"),
                Arguments.of("pec without basic management", board("", "    pec: false"), 20,
                        "components[0].pec", "pec applies to the Basic Management Command"),
                Arguments.of("mi not a boolean", board("", "    mi: perhaps"), 20,
                        "components[0].mi", "perhaps is not true or false"),
                Arguments.of("bus list entry not an address", board("    basic-management: [0x6a, drive]", ""), 13,
                        "buses[0].basic-management[1]", "'drive' is not an address; write 0x6a or {address: 0x6a, pec: false}"),
                Arguments.of("bus list address out of range", board("    basic-management: [0x7f]", ""), 13,
                        "buses[0].basic-management[0]", "0x7f is not a 7-bit address (0x08..0x77)"),
                Arguments.of("bus list address twice", board("    basic-management: [0x6a, {address: 0x6a, pec: false}]", ""), 13,
                        "buses[0].basic-management[1]", "0x6a is listed twice"),
                Arguments.of("bus list holds the platform's address", board("    basic-management: [0x10]", ""), 13,
                        "buses[0].basic-management[0]", "0x10 is the platform's own address on this bus"),
                Arguments.of("bus list entry with an unknown key", board("    basic-management: [{address: 0x6a, crc: no}]", ""), 13,
                        "buses[0].basic-management[0].crc", "unknown key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "b.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void pointToPointLinkHasNoBasicManagement() {
        String text = BoardFileTest.VALID.replace("buses:\n", "buses:\n  - name: debug0\n    binding: serial\n    basic-management: [0x6a]\n");

        assertThatThrownBy(() -> BoardFile.parse(text, "b.yaml")).hasMessageContaining(
                "b.yaml:12: buses[0].basic-management: only smbus buses have basic-management drives; a serial link is"
                        + " point-to-point: remove the field");
    }
}
