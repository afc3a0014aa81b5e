package org.bmcplatform.mctp.binding.smbus.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bmcplatform.mctp.binding.BindingSpec;
import org.junit.jupiter.api.Test;

class I2cDevSettingsTest {

    private static I2cDevSettings parse(String spec) {
        return I2cDevSettings.parse(BindingSpec.parse(spec));
    }

    @Test
    void targetQueueDefaultsToTheBusAndTargetFlaggedAddress() {
        assertThat(parse("i2c:/dev/i2c-3?address=0x10"))
                .isEqualTo(new I2cDevSettings("/dev/i2c-3", 3, 0x10, "/sys/bus/i2c/devices/3-1010/slave-mqueue", false));
        assertThat(parse("i2c:/dev/i2c-12?address=0x2a").mqueue()).isEqualTo("/sys/bus/i2c/devices/12-102a/slave-mqueue");
    }

    @Test
    void everyOptionIsRead() {
        I2cDevSettings s = parse("i2c:/dev/i2c-3?address=0x10&mqueue=/run/mq&force=true");

        assertThat(s).isEqualTo(new I2cDevSettings("/dev/i2c-3", 3, 0x10, "/run/mq", true));
        assertThat(parse(s.toSpec())).isEqualTo(s);
    }

    @Test
    void boardAddressAppliesWhenTheSpecHasNone() {
        assertThat(I2cDevSettings.parse(BindingSpec.parse("i2c:/dev/i2c-1"), 0x20).address()).isEqualTo(0x20);
        assertThat(I2cDevSettings.parse(BindingSpec.parse("i2c:/dev/i2c-1?address=0x21"), 0x20).address()).isEqualTo(0x21);
    }

    @Test
    void newDeviceCommandCreatesTheTargetQueue() {
        assertThat(parse("i2c:/dev/i2c-3?address=0x10").newDeviceCommand())
                .isEqualTo("echo slave-mqueue 0x1010 > /sys/bus/i2c/devices/i2c-3/new_device");
    }

    @Test
    void badSpecsNameTheOptionOrWhatIsMissing() {
        assertThatThrownBy(() -> parse("i2c:/dev/i2c-3")).hasMessageContaining("needs option 'address'");
        assertThatThrownBy(() -> parse("i2c:/dev/i2c-3?address=0x80")).hasMessageContaining("'address'");
        assertThatThrownBy(() -> parse("i2c:/dev/i2c-3?address=0x10&speed=400")).hasMessageContaining("no option 'speed'");
        assertThatThrownBy(() -> parse("i2c:/dev/i2c-3?address=0x10&force=yes")).hasMessageContaining("'force'");
        assertThatThrownBy(() -> parse("serial:/dev/ttyS0?address=0x10")).hasMessageContaining("not an i2c backend");
        assertThatThrownBy(() -> parse("i2c:/dev/mctp-bus?address=0x10")).hasMessageContaining("give option 'mqueue'");
        assertThat(parse("i2c:/dev/mctp-bus?address=0x10&mqueue=/run/mq").bus()).isEqualTo(-1);
    }
}
