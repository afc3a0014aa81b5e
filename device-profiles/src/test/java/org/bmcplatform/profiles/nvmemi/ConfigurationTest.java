package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bmcplatform.profiles.nvmemi.TestFrames.withMic;

import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** Configuration Set / Get (NVMe-MI 1.2 §5.1, §5.2) beyond the vectors. */
class ConfigurationTest {

    @Test
    void unknownIdentifierWithSpecificFieldsRoundTripsAsASetRequest() {
        Bytes wire = withMic("84 08 00 00 03 00 00 00 7e 34 12 05 78 56 34 12");
        ConfigurationSetRequest expected = new ConfigurationSetRequest(0, new ConfigurationIdentifier(0x7E), 5, 0x1234, 0x12345678L);

        assertThat(NvmeMiCodec.decodeRequest(wire)).isEqualTo(expected);
        assertThat(NvmeMiCodec.encode(expected)).isEqualTo(wire);
        assertThat(expected.identifier().label()).isEqualTo("unknown(0x7e)");
    }

    @Test
    void getWithIdentifierSpecificBitsSetStaysAnMiCommandRequest() {
        Bytes wire = withMic("84 08 00 00 04 00 00 00 04 01 00 00 00 00 00 00"); // asynchronous events with NMD0 bit 8
        MiRequest decoded = NvmeMiCodec.decodeRequest(wire);

        assertThat(decoded).isEqualTo(new MiCommandRequest(0, MiOpcode.CONFIGURATION_GET, 0x104, 0, Bytes.EMPTY));
        assertThat(NvmeMiCodec.encode(decoded)).isEqualTo(wire);
    }

    @Test
    void typedAccessorsReadTheirIdentifiersFields() {
        assertThat(ConfigurationSetRequest.transmissionUnitSize(0, 1, 250).transmissionUnitSize()).isEqualTo(250);
        assertThat(ConfigurationSetRequest.smbusFrequency(0, 1, SmbusFrequency.MHZ_1).frequency()).isEqualTo(SmbusFrequency.MHZ_1);
        assertThat(ConfigurationSetRequest.healthStatusChange(0, 0x1E00).clearMask()).isEqualTo(0x1E00);
        assertThat(new ConfigurationGetResponse(0, 0x01_0080).transmissionUnitSize()).isEqualTo(0x80);
        assertThat(new ConfigurationGetResponse(0, 0x06).frequency()).isEqualTo(SmbusFrequency.KHZ_400);
    }

    @Test
    void setResponseKeepsNmrespAsSent() {
        Bytes wire = withMic("84 88 00 00 00 07 00 00");
        ConfigurationSetRequest set = ConfigurationSetRequest.healthStatusChange(0, 0x200);

        assertThat(NvmeMiCodec.decodeResponse(wire, set)).isEqualTo(new ConfigurationSetResponse(0, 7));
    }

    @Test
    void frequencyCodesNameTheirClock() {
        assertThat(SmbusFrequency.KHZ_100.hertz()).isEqualTo(100_000);
        assertThat(SmbusFrequency.MHZ_1).hasToString("1 MHz");
        assertThat(new SmbusFrequency(0)).hasToString("unknown(0x0)");
        assertThatThrownBy(() -> new SmbusFrequency(16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigurationSetRequest.transmissionUnitSize(0, 0, 0x10000)).isInstanceOf(IllegalArgumentException.class);
    }
}
