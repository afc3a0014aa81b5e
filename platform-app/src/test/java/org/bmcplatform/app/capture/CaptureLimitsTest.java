package org.bmcplatform.app.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

class CaptureLimitsTest {
    private static final long CAP = 64L << 20;
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noBodyIsNoLimitsAndTheFileIsCappedByTheSetting() {
        CaptureLimits limits = CaptureLimits.parse("  ", json, CAP);

        assertThat(limits).isEqualTo(CaptureLimits.NONE);
        assertThat(limits.settings(CAP).maxFileBytes()).isEqualTo(CAP);
        assertThat(limits.settings(CAP).maxPackets()).isEqualTo(Long.MAX_VALUE);
        assertThat(limits.duration()).isNull();
    }

    @Test
    void givenLimitsBecomeTheWritersSettingsAndTheDuration() {
        CaptureLimits limits = CaptureLimits.parse("{\"maxPackets\": 1000, \"maxBytes\": 1048576, \"maxSeconds\": 60}", json, CAP);

        assertThat(limits.settings(CAP).maxPackets()).isEqualTo(1000);
        assertThat(limits.settings(CAP).maxFileBytes()).isEqualTo(1_048_576);
        assertThat(limits.settings(CAP).flushEachPacket()).isTrue();
        assertThat(limits.duration()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void eachBadBodyIsA400ThatShowsAGoodOne() {
        for (String body : new String[] {"{\"maxPackets\": 0}", "{\"maxSeconds\": 9999999999}", "{\"maxBytes\": 2.5}",
                "{\"maxBytes\": 1099511627776}", "{\"maxBytes\": 16}", "{\"packets\": 5}", "null", "\"x\"", "{"}) {
            assertThatThrownBy(() -> CaptureLimits.parse(body, json, CAP)).as(body)
                    .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                        assertThat(e.getStatusCode().value()).isEqualTo(400);
                        assertThat(e.getBody().getDetail())
                                .contains("{\"maxPackets\": 1000, \"maxBytes\": 1048576, \"maxSeconds\": 60}");
                    });
        }
    }

    @Test
    void aNullFieldIsNoLimit() {
        assertThat(CaptureLimits.parse("{\"maxPackets\": null, \"maxSeconds\": 5}", json, CAP))
                .isEqualTo(new CaptureLimits(null, null, 5L));
    }
}
