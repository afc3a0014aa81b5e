package org.bmcplatform.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComponentIdTest {

    @Test
    void wholePositiveNumberIsAnId() {
        assertThat(ComponentId.parse(" 17 ", "component")).isEqualTo(17L);
    }

    @Test
    void zeroAndNegativeNumbersAreNotIds() {
        assertThatThrownBy(() -> ComponentId.parse("0", "component")).hasMessageContaining("ids start at 1");
        assertThatThrownBy(() -> ComponentId.parse("-3", "readings")).hasMessageContaining("ids start at 1");
    }

    @Test
    void textIsNotAnId() {
        assertThatThrownBy(() -> ComponentId.parse("1.5", "component")).hasMessageContaining("whole numbers");
    }
}
