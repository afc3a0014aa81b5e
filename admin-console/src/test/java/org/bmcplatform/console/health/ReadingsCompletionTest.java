package org.bmcplatform.console.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.bmcplatform.console.inventory.ComponentIdCompletion;
import org.bmcplatform.console.platform.RecordedPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

class ReadingsCompletionTest {

    private static final CommandOption SENSOR = CommandOption.with().longName("sensor").type(String.class).build();

    private final RecordedPlatform platform;
    private final ReadingsCompletion completion;

    ReadingsCompletionTest() throws IOException {
        platform = new RecordedPlatform().answer("GET /api/components", "[{\"id\":\"4\",\"name\":\"nvme3\"}]");
        completion = new ReadingsCompletion(new ComponentIdCompletion(platform.client()));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void sensorOptionProposesTheProfilesSensorNames() {
        List<CompletionProposal> proposals = completion.apply(
                new CompletionContext(List.of("readings", "4", "--sensor", "te"), 3, 2, null, SENSOR));

        assertThat(proposals).extracting(CompletionProposal::value).containsExactly("temperature");
    }

    @Test
    void sensorGivenWithEqualsSignKeepsItsPrefix() {
        List<CompletionProposal> proposals = completion.apply(
                new CompletionContext(List.of("readings", "4", "--sensor="), 2, 9, null, SENSOR));

        assertThat(proposals).extracting(CompletionProposal::value)
                .containsExactly("--sensor=temperature", "--sensor=percentageUsed");
    }

    @Test
    void firstArgumentProposesComponentIds() {
        assertThat(completion.apply(new CompletionContext(List.of("readings", ""), 1, 0, null, null)))
                .extracting(CompletionProposal::value).containsExactly("4");
    }
}
