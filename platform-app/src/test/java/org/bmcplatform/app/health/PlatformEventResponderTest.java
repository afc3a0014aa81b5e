package org.bmcplatform.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.junit.jupiter.api.Test;

/**
 * The platform's answers to PLDM requests, byte by byte (DSP0248 "PlatformEventMessage command format"): request
 * 01, Rq|IID, type 02, command 0a, formatVersion, TID, eventClass 00 sensorEvent, sensorID u16, sensorEventClass 01
 * stateSensorState, sensorOffset, eventState, previousEventState; response 01, IID, 02 0a, cc, platformEventStatus.
 */
class PlatformEventResponderTest {
    private static final String STATE_EVENT = "01 %s 02 0a %s 09 00 02 00 01 00 07 01";

    private final PlatformEventResponder responder = new PlatformEventResponder();
    private final List<PlatformEventMessageRequest> accepted = new ArrayList<>();

    private Bytes answer(String hex) {
        return responder.answer(Bytes.fromHex(hex), accepted::add).orElse(null);
    }

    @Test
    void aStateSensorEventIsAnsweredLoggedAndHandedOn() {
        // IID 3, format 1, TID 9: sensor 2, offset 0, upper critical (7) from normal (1) → cc 00, status 04 logged
        assertThat(answer(String.format(STATE_EVENT, "83", "01"))).isEqualTo(Bytes.fromHex("01 03 02 0a 00 04"));
        assertThat(accepted).singleElement().satisfies(e -> {
            assertThat(e.tid()).isEqualTo(9);
            assertThat(PldmEventText.describe(e.event())).isEqualTo("sensor 2 (composite 0) state 7, was 1");
        });
    }

    @Test
    void anotherFormatVersionOrCommandIsRefusedWithItsCompletionCode() {
        assertThat(answer(String.format(STATE_EVENT, "84", "02"))).isEqualTo(Bytes.fromHex("01 04 02 0a 81"));
        assertThat(answer("01 85 00 02")).isEqualTo(Bytes.fromHex("01 05 00 02 05")); // GetTID: unsupported
        assertThat(accepted).isEmpty();
    }

    @Test
    void anUnacknowledgedEventIsHandedOnButNotAnsweredAndGarbageIsCounted() {
        assertThat(answer(String.format(STATE_EVENT, "c6", "01"))).isNull(); // Rq = 1, D = 1
        assertThat(accepted).hasSize(1);
        assertThat(answer("01 86 02")).isNull();
        assertThat(answer("01 06 02 0a 00 04")).isNull(); // a response, not a request
        assertThat(responder.dropped()).isEqualTo(2);
    }
}
