package org.bmcplatform.console.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyValueBlockTest {

    @Test
    void keysAreAlignedAndMissingValuesShowAsDash() {
        String text = KeyValueBlock.create().put("Id", 3).put("Serial number", "S3X9NX0K").put("Slot", null).render();

        assertThat(text).isEqualTo("""
                Id:            3
                Serial number: S3X9NX0K
                Slot:          -
                """);
    }

    @Test
    void sectionsFollowTheEntriesIndentedByTwoSpaces() {
        String text = KeyValueBlock.create().put("Id", 3).section("Assets", "Model: X\nFirmware: 1.0\n").render();

        assertThat(text).isEqualTo("""
                Id: 3
                Assets:
                  Model: X
                  Firmware: 1.0
                """);
    }
}
