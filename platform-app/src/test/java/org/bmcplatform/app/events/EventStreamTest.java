package org.bmcplatform.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class EventStreamTest {

    @Test
    void closeEndsEveryOpenStream() throws Exception {
        EventStream stream = new EventStream();
        SseEmitter open = stream.subscribe();

        stream.close();

        assertThat(stream.subscribers()).isZero();
        assertThatThrownBy(() -> open.send("late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStreamOpenedWhileShuttingDownIsEndedAtOnceAndLaterEventsAreDropped() {
        EventStream stream = new EventStream();
        stream.close();

        SseEmitter reconnected = stream.subscribe();

        assertThat(stream.subscribers()).isZero();
        assertThatThrownBy(() -> reconnected.send("late")).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> {
            stream.push("reading", Map.of("sensor", "temperature"));
            stream.keepAlive();
        }).doesNotThrowAnyException();
    }
}
