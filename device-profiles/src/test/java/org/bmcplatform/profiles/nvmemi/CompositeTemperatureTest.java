package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompositeTemperatureTest {

    // NVMe-MI 1.2 §5.6 CTEMP encoding
    @ParameterizedTest(name = "0x{0} -> {1} {2}")
    @CsvSource({
            "00, MEASURED, 0",
            "2a, MEASURED, 42",
            "7e, MEASURED, 126",
            "7f, AT_OR_ABOVE_127, 127",
            "80, NO_DATA, ",
            "81, SENSOR_FAILURE, ",
            "82, RESERVED, ",
            "c3, RESERVED, ",
            "c4, AT_OR_BELOW_MINUS_60, -60",
            "c5, MEASURED, -59",
            "fb, MEASURED, -5",
            "ff, MEASURED, -1"})
    void rawByteDecodesToKindAndCelsius(String hex, Kind kind, Integer celsius) {
        CompositeTemperature t = new CompositeTemperature(Integer.parseInt(hex, 16));
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.celsius()).isEqualTo(celsius == null ? OptionalInt.empty() : OptionalInt.of(celsius));
    }

    @ParameterizedTest(name = "{0} C -> 0x{1}")
    @CsvSource({"42, 2a", "-5, fb", "127, 7f", "300, 7f", "-60, c4", "-100, c4", "-59, c5"})
    void celsiusEncodesSaturatingAtTheSentinels(int celsius, String hex) {
        assertThat(CompositeTemperature.ofCelsius(celsius).raw()).isEqualTo(Integer.parseInt(hex, 16));
    }
}
