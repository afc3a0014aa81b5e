package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bmcplatform.profiles.nvmemi.TestFrames.withMic;
import static org.bmcplatform.profiles.nvmemi.TestFrames.zeros;

import java.util.Collections;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** Controller Health Status Poll (NVMe-MI 1.2 §5.3) beyond the vectors: bit layout, bounds, fallbacks. */
class ControllerHealthStatusPollTest {
    private static final ControllerHealth HEALTHY = new ControllerHealth(1, ControllerHealth.CSTS_READY, 300, 0, 100, 0, 0);

    @Test
    void requestPacksEveryFieldIntoItsBits() { // NMD0 31 ALL, 26:24 include, 23:16 MAXRENT, 15:0 SCTLID; NMD1 31 CCF, 4:0 filters
        ControllerHealthStatusPollRequest request = new ControllerHealthStatusPollRequest(1, 0xBEEF, 0x12,
                ControllerHealthStatusPollRequest.INCLUDE_SRIOV_PF | ControllerHealthStatusPollRequest.INCLUDE_SRIOV_VF, true,
                ControllerHealthStatusPollRequest.ALL_FILTERS, true);
        Bytes wire = withMic("84 09 00 00 02 00 00 00 ef be 12 86 1f 00 00 80");

        assertThat(NvmeMiCodec.encode(request)).isEqualTo(wire);
        assertThat(NvmeMiCodec.decodeRequest(wire)).isEqualTo(request);
    }

    @Test
    void requestWithReservedBitsSetStaysAnMiCommandRequestAndRoundTrips() {
        Bytes nmd0Reserved = withMic("84 08 00 00 02 00 00 00 00 00 ff 09 00 00 00 00"); // bit 27
        Bytes nmd1Reserved = withMic("84 08 00 00 02 00 00 00 00 00 ff 81 20 00 00 00"); // bit 5

        for (Bytes wire : List.of(nmd0Reserved, nmd1Reserved)) {
            MiRequest decoded = NvmeMiCodec.decodeRequest(wire);
            assertThat(decoded).isInstanceOf(MiCommandRequest.class);
            assertThat(((MiCommandRequest) decoded).opcode()).isEqualTo(MiOpcode.CONTROLLER_HEALTH_STATUS_POLL);
            assertThat(NvmeMiCodec.encode(decoded)).isEqualTo(wire);
        }
    }

    @Test
    void responseCountsItsEntriesItself() { // RENT is implicit: NMRESP 7:0
        List<ControllerHealth> three = List.of(HEALTHY, HEALTHY, HEALTHY);
        Bytes wire = NvmeMiCodec.encode(new ControllerHealthStatusPollResponse(0, three));

        assertThat(wire.get(5)).isEqualTo(3);
        assertThat(wire.length()).isEqualTo(8 + 3 * ControllerHealth.LENGTH + 4);
    }

    @Test
    void responseHoldsAtMost255Entries() {
        assertThat(new ControllerHealthStatusPollResponse(0, Collections.nCopies(255, HEALTHY)).entries()).hasSize(255);
        assertThatThrownBy(() -> new ControllerHealthStatusPollResponse(0, Collections.nCopies(256, HEALTHY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RENT");
    }

    @Test
    void responseWithMoreDataThanRentIsRejectedAtTheFirstDataByte() { // a device-supplied count is checked (libnvme #1140)
        Bytes wire = withMic("84 88 00 00 00 00 00 00" + zeros(16));

        assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(wire, ControllerHealthStatusPollRequest.all(0)))
                .isInstanceOfSatisfying(NvmeMiFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(8);
                    assertThat(e.field()).isEqualTo("controller health data");
                });
    }

    @Test
    void responseWithReservedNmrespBitsIsRejected() {
        Bytes wire = withMic("84 88 00 00 00 00 01 00");

        assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(wire, ControllerHealthStatusPollRequest.all(0)))
                .isInstanceOfSatisfying(NvmeMiFormatException.class, e -> assertThat(e.field()).isEqualTo("NMRESP"));
    }

    @Test
    void temperatureIsKelvinAndWarningsAreActiveHigh() {
        ControllerHealth h = new ControllerHealth(2, ControllerHealth.CSTS_READY | ControllerHealth.CSTS_FATAL, 273 + 85, 7, 9,
                ControllerHealth.CWARN_TEMPERATURE, ControllerHealth.CHANGED_CWARN);

        assertThat(h.temperatureCelsius()).isEqualTo(85);
        assertThat(h.ready()).isTrue();
        assertThat(h.fatal()).isTrue();
        assertThat(h.isWarning(ControllerHealth.CWARN_TEMPERATURE)).isTrue();
        assertThat(h.isWarning(ControllerHealth.CWARN_SPARE)).isFalse();
        assertThat(h.isChanged(ControllerHealth.CHANGED_CWARN)).isTrue();
    }

    @Test
    void fieldsOutsideTheirWireWidthAreRefused() {
        assertThatThrownBy(() -> new ControllerHealth(0x10000, 0, 0, 0, 0, 0, 0)).hasMessageContaining("CTLID");
        assertThatThrownBy(() -> new ControllerHealth(0, 0, 0, 256, 0, 0, 0)).hasMessageContaining("PDLU");
        assertThatThrownBy(() -> new ControllerHealthStatusPollRequest(0, 0, 256, 0, true, 0, false)).hasMessageContaining("MAXRENT");
        assertThatThrownBy(() -> new ControllerHealthStatusPollRequest(0, 0, 1, 8, true, 0, false)).hasMessageContaining("include");
        assertThatThrownBy(() -> new ControllerHealthStatusPollRequest(0, 0, 1, 0, true, 32, false)).hasMessageContaining("filters");
    }
}
