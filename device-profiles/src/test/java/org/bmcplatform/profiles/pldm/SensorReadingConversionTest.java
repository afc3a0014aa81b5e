package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** DSP0248 numeric sensor conversion: Y = (resolution x raw + offset) x 10^unitModifier. */
class SensorReadingConversionTest {

    @Test
    void degreesPdrReadsTheRawValueUnchanged() {
        assertThat(SensorReadingConversion.toEngineeringUnits(42, ExpectedVectors.DEGC_PDR)).isEqualTo(42.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(-40, ExpectedVectors.DEGC_PDR)).isEqualTo(-40.0);
    }

    @Test
    void halfDegreeResolutionHalvesTheRawValue() {
        // reference §9.3: with resolution 0.5, 42 °C arrives as raw 84
        assertThat(SensorReadingConversion.toEngineeringUnits(84, 0.5f, 0.0f, 0)).isEqualTo(42.0);
    }

    @Test
    void wattsPdrAppliesResolutionOffsetAndNegativeModifier() {
        // (0.5 x 1234 + 2.0) x 10^-1 = 61.9 W
        assertThat(SensorReadingConversion.toEngineeringUnits(1234, ExpectedVectors.WATTS_PDR)).isEqualTo(61.9);
        // thresholds go through the same formula: criticalHigh 3000 -> (1500 + 2) / 10 = 150.2 W
        assertThat(SensorReadingConversion.toEngineeringUnits(ExpectedVectors.WATTS_PDR.ranges().criticalHigh(), ExpectedVectors.WATTS_PDR))
                .isEqualTo(150.2);
    }

    @Test
    void tenthResolutionGivesTheDecimalValueNotTheFloatArtifact() {
        assertThat(SensorReadingConversion.toEngineeringUnits(425, 0.1f, 0.0f, 0)).isEqualTo(42.5);
        assertThat(SensorReadingConversion.toEngineeringUnits(12_345, 1.0f, 0.0f, -3)).isEqualTo(12.345);
    }

    @Test
    void positiveModifierScalesUp() {
        // 3 kW sensor reporting in watts x 10^3
        assertThat(SensorReadingConversion.toEngineeringUnits(3, 1.0f, 0.0f, 3)).isEqualTo(3000.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(7, 2.0f, -1.0f, 1)).isEqualTo(130.0);
    }

    @Test
    void nanResolutionOrOffsetIsLeftOut() {
        assertThat(SensorReadingConversion.toEngineeringUnits(42, Float.NaN, 0.0f, 0)).isEqualTo(42.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(42, 1.0f, Float.NaN, 0)).isEqualTo(42.0);
        assertThat(SensorReadingConversion.toEngineeringUnits(42, 0.25f, -273.15f, 0)).isCloseTo(-262.65, within(1e-9));
    }
}
