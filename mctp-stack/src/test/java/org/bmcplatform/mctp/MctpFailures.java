package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** The local failure (STYLE.md rule 29) a stage ended with, for assertions on its reason. */
public final class MctpFailures {
    private MctpFailures() {
    }

    /** Asserts the stage already failed and returns the MctpException in its cause chain. */
    public static MctpException of(CompletionStage<?> stage) {
        CompletableFuture<?> f = stage.toCompletableFuture();
        assertThat(f).isCompletedExceptionally();
        try {
            f.join();
        } catch (CompletionException e) {
            return MctpException.extract(e).orElseThrow(() -> new AssertionError("failed without an MctpException", e));
        }
        throw new AssertionError("not failed");
    }

    /** The reason of {@link #of(CompletionStage)}. */
    public static MctpException.Reason reason(CompletionStage<?> stage) {
        return of(stage).reason();
    }
}
