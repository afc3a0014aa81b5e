package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void hexParsesWithSeparatorsAndPrintsLowerCase() {
        Bytes b = Bytes.fromHex("0x7E:01 0a");
        assertThat(b.toHex()).isEqualTo("7e 01 0a");
        assertThat(b).isEqualTo(Bytes.ofUnsigned(0x7e, 1, 10));
        assertThat(b.get(0)).isEqualTo(0x7e);
    }

    @Test
    void badHexNamesTheCharacter() {
        assertThatThrownBy(() -> Bytes.fromHex("7g")).hasMessageContaining("'g'");
        assertThatThrownBy(() -> Bytes.fromHex("7")).hasMessageContaining("odd");
    }
}
