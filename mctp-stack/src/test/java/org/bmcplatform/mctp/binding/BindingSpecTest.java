package org.bmcplatform.mctp.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BindingSpecTest {

    @Test
    void schemePathAndOptionsAreSeparated() {
        BindingSpec s = BindingSpec.parse("serial:/dev/ttyUSB0?baud=115200&parity=none");
        assertThat(s.scheme()).isEqualTo("serial");
        assertThat(s.path()).isEqualTo("/dev/ttyUSB0");
        assertThat(s.options()).containsExactly(Map.entry("baud", "115200"), Map.entry("parity", "none"));
        assertThat(s).hasToString("serial:/dev/ttyUSB0?baud=115200&parity=none");
    }

    @Test
    void bareSchemeIsVirtualWithoutPath() {
        BindingSpec s = BindingSpec.parse(" virtual?baud=9600 ");
        assertThat(s.isVirtual()).isTrue();
        assertThat(s.path()).isEmpty();
        assertThat(s.intOption("baud", 115200, 50, 4_000_000)).isEqualTo(9600);
        assertThat(s.intOption("size", 0x1000, 84, 1 << 20)).isEqualTo(0x1000);
    }

    @Test
    void badInputNamesWhatIsWrong() {
        assertThatThrownBy(() -> BindingSpec.parse("")).hasMessageContaining("backend is empty");
        assertThatThrownBy(() -> BindingSpec.parse("serial:")).hasMessageContaining("empty path");
        assertThatThrownBy(() -> BindingSpec.parse("Serial:/dev/x")).hasMessageContaining("scheme");
        assertThatThrownBy(() -> BindingSpec.parse("serial:/dev/x?baud")).hasMessageContaining("'baud' must be name=value");
        assertThatThrownBy(() -> BindingSpec.parse("serial:/dev/x?baud=1&baud=2")).hasMessageContaining("given twice");
        BindingSpec s = BindingSpec.parse("serial:/dev/x?baud=fast&parity=odd&bogus=1");
        assertThatThrownBy(() -> s.intOption("baud", 1, 1, 10)).hasMessageContaining("'baud' must be a number, was 'fast'");
        assertThatThrownBy(() -> s.choiceOption("parity", "none", Set.of("none", "even"))).hasMessageContaining("'parity' must be one of");
        assertThatThrownBy(() -> s.onlyOptions(Set.of("baud", "parity"))).hasMessageContaining("no option 'bogus'");
        assertThatThrownBy(() -> BindingSpec.parse("pcc-file:/x?size=12").intOption("size", 4096, 84, 65536))
                .hasMessageContaining("'size' must be 84..65536, was 12");
    }
}
