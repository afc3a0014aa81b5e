package org.bmcplatform.console.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

class HexFrameTest {

    private static final Bytes FRAME = Bytes.ofUnsigned(0x3a, 0x0f, 0x08);

    @Test
    void severalWordsOneQuotedStringAndPrefixedBytesGiveTheSameFrame() {
        assertThat(HexFrame.parse(List.of("3a", "0f", "08"), "smbus")).isEqualTo(FRAME);
        assertThat(HexFrame.parse(List.of("3a 0f 08"), "smbus")).isEqualTo(FRAME);
        assertThat(HexFrame.parse(List.of("3A0F08"), "smbus")).isEqualTo(FRAME);
        assertThat(HexFrame.parse(List.of("0x3a", "0x0f", "0x08"), "smbus")).isEqualTo(FRAME);
        assertThat(HexFrame.parse(List.of("3a:0f:08"), "smbus")).isEqualTo(FRAME);
    }

    @Test
    void singleDigitWordIsOneByte() {
        assertThat(HexFrame.parse(List.of("3a", "f", "8"), "smbus")).isEqualTo(FRAME);
    }

    @Test
    void nonHexCharacterIsAUsageErrorWithAnExample() {
        assertThatThrownBy(() -> HexFrame.parse(List.of("3a", "zz"), "serial"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("not hex bytes").hasMessageContaining("'z'").hasMessageContaining("decode serial 7e");
    }

    @Test
    void oddNumberOfDigitsIsAUsageError() {
        assertThatThrownBy(() -> HexFrame.parse(List.of("3a0f0"), "smbus")).hasMessageContaining("odd number");
    }

    @Test
    void noBytesSaysHowToGiveThem() {
        assertThatThrownBy(() -> HexFrame.parse(List.of(), "smbus")).hasMessageContaining("give the frame as hex bytes");
        assertThatThrownBy(() -> HexFrame.parse(null, "smbus")).hasMessageContaining("decode smbus 3a");
    }
}
