package org.bmcplatform.console.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void temperaturesAreShownInDegreesCelsiusWithOneDecimalRoundedHalfUp() {
        assertThat(Units.celsius(41.25)).isEqualTo("41.3 °C");
        assertThat(Units.celsius(41.24)).isEqualTo("41.2 °C");
        assertThat(Units.celsius(33.0)).isEqualTo("33.0 °C");
        assertThat(Units.celsius(null)).isNull();
    }

    @Test
    void ucumCelsiusUnitIsShownAsDegreesCelsius() {
        assertThat(Units.value(38.0, "Cel")).isEqualTo("38.0 °C");
        assertThat(Units.value(3.0, "%")).isEqualTo("3 %");
        assertThat(Units.value(12.5, "W")).isEqualTo("12.5 W");
        assertThat(Units.value(7.0, null)).isEqualTo("7");
        assertThat(Units.value(0.0, "1")).isEqualTo("0");
    }

    @Test
    void instantsAreTruncatedToSecondsAndOtherTextIsKept() {
        assertThat(Units.instant("2026-11-22T00:50:01.123456Z")).isEqualTo("2026-11-22T00:50:01Z");
        assertThat(Units.instant("yesterday")).isEqualTo("yesterday");
        assertThat(Units.instant(null)).isNull();
    }

    @Test
    void busAddressesAreShownInHexWhetherSentAsNumberOrText() {
        assertThat(Units.address("29")).isEqualTo("0x1d");
        assertThat(Units.address("0x1d")).isEqualTo("0x1d");
        assertThat(Units.address(" ")).isNull();
    }
}
