package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The {@code serial:} spec string: every option, the defaults, and errors that name the option. */
class SerialPortSettingsTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();

    private static SerialPortSettings settings(String spec) {
        return SerialPortSettings.fromSpec(BindingSpec.parse(spec));
    }

    @Test
    void everyOptionIsRead() {
        JSerialCommLine line = JSerialCommLine.open(BindingSpec.parse(
                "serial:/dev/ttyUSB0?baud=9600&data-bits=7&parity=even&stop-bits=2&flow=rts-cts&reconnect-ms=250"), scheduler);

        assertThat(line.name()).isEqualTo("/dev/ttyUSB0");
        assertThat(line.settings()).isEqualTo(new SerialPortSettings(9600, 7, SerialPortSettings.Parity.EVEN,
                SerialPortSettings.StopBits.TWO, SerialPortSettings.FlowControl.RTS_CTS, Duration.ofMillis(250)));
        assertThat(line.isConnected()).isFalse();
        line.close();
    }

    @Test
    void absentOptionsTakeTheDefaults115200_8n1WithoutFlowControlRetryingEverySecond() {
        assertThat(settings("serial:/dev/ttyS1")).isEqualTo(SerialPortSettings.DEFAULTS);
        assertThat(SerialPortSettings.DEFAULTS.reconnectInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings("serial:/dev/ttyS1?stop-bits=1.5&parity=mark&flow=xon-xoff").stopBits())
                .isEqualTo(SerialPortSettings.StopBits.ONE_AND_A_HALF);
    }

    @Test
    void unknownOptionIsRefusedNamingIt() {
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?bauds=115200"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'bauds'");
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?baud=fast")).hasMessageContaining("'baud'");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?baud=10")).hasMessageContaining("'baud'").hasMessageContaining("50..4000000");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?data-bits=9")).hasMessageContaining("'data-bits'");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?parity=sometimes")).hasMessageContaining("'parity'");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?stop-bits=3")).hasMessageContaining("'stop-bits'");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?flow=dtr")).hasMessageContaining("'flow'");
        assertThatThrownBy(() -> settings("serial:/dev/ttyS1?reconnect-ms=0")).hasMessageContaining("'reconnect-ms'");
    }

    @Test
    void specOfAnotherSchemeOrWithoutAPathIsRefused() {
        assertThatThrownBy(() -> JSerialCommLine.open(BindingSpec.parse("i2c:/dev/i2c-3"), scheduler))
                .hasMessageContaining("not a serial device");
        assertThatThrownBy(() -> JSerialCommLine.open(BindingSpec.parse("serial?baud=9600"), scheduler))
                .hasMessageContaining("needs a device path");
    }
}
