package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartWarningsTest {

    @Test
    void allBitsSetMeansNoWarning() { // NVMe-MI 1.2 §5.6: SW is active-low
        assertThat(new SmartWarnings(0xFF).any()).isFalse();
    }

    @Test
    void clearedBitOneIsATemperatureWarning() {
        SmartWarnings w = new SmartWarnings(0xFD);
        assertThat(w.isPresent(SmartWarnings.TEMPERATURE_OUT_OF_RANGE)).isTrue();
        assertThat(w.isPresent(SmartWarnings.SPARE_BELOW_THRESHOLD)).isFalse();
        assertThat(w.conditions()).isEqualTo(0x02);
    }

    @Test
    void reservedBitsDoNotCountAsWarnings() {
        assertThat(new SmartWarnings(0x3F).any()).isFalse();
    }

    @Test
    void conditionsBuildTheActiveLowByte() {
        assertThat(SmartWarnings.ofConditions(SmartWarnings.MEDIA_READ_ONLY).raw()).isEqualTo(0xF7);
    }
}
