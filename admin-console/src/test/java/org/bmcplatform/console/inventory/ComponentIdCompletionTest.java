package org.bmcplatform.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

class ComponentIdCompletionTest {

    private final RecordedPlatform platform;

    ComponentIdCompletionTest() throws IOException {
        platform = new RecordedPlatform().answer("GET /api/components", """
                [{"id":"1","name":"nvme0","assets":{"serialNumber":"S1"}},
                 {"id":"12","name":"nvme1","assets":{}},
                 {"id":"2","name":"nvme2","assets":{"serialNumber":"S2"}}]
                """);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void idsThePlatformListsAreProposedWithNameAndSerial() {
        List<CompletionProposal> proposals = complete(platform, List.of("component", ""), 1);

        assertThat(proposals).extracting(CompletionProposal::value).containsExactly("1", "12", "2");
        assertThat(proposals).extracting(CompletionProposal::description).containsExactly("nvme0, S1", "nvme1", "nvme2, S2");
    }

    @Test
    void typedDigitsNarrowTheProposals() {
        assertThat(complete(platform, List.of("component", "1"), 1)).extracting(CompletionProposal::value)
                .containsExactly("1", "12");
    }

    @Test
    void nothingIsProposedAfterTheIdOrForAnOption() {
        assertThat(complete(platform, List.of("readings", "3", ""), 2)).isEmpty();
        assertThat(complete(platform, List.of("readings", "--"), 1)).isEmpty();
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void platformThatDoesNotAnswerGivesNoProposals() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ComponentIdCompletion completion = new ComponentIdCompletion(RecordedPlatform.client(closed));

        assertThat(completion.apply(new CompletionContext(List.of("component", ""), 1, 0, null, null))).isEmpty();
    }

    private static List<CompletionProposal> complete(RecordedPlatform platform, List<String> words, int index) {
        String current = words.get(index);
        return new ComponentIdCompletion(platform.client())
                .apply(new CompletionContext(words, index, current.length(), null, null));
    }
}
