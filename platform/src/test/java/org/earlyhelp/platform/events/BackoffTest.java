package org.earlyhelp.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A failing consumer waits longer after each failure in a row, up to a maximum, and not at all once it succeeds. */
class BackoffTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void theWaitDoublesWithEachFailureUpToTheMaximum() {
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 100; i++) {
            backoff.failed(0);
        }
        assertThat(backoff.failed(0)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aConsumerIsNotDueUntilItsWaitIsOver() {
        assertThat(backoff.due(0)).isTrue();
        backoff.failed(0);
        backoff.failed(0);

        assertThat(backoff.due(SECOND)).isFalse();
        assertThat(backoff.due(2 * SECOND)).isTrue();
    }

    @Test
    void aSuccessEndsTheFailuresAndTheWait() {
        backoff.failed(0);
        backoff.failed(SECOND);

        assertThat(backoff.succeeded()).isEqualTo(2);
        assertThat(backoff.due(SECOND)).isTrue();
        assertThat(backoff.failed(5 * SECOND)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void itKnowsHowLongTheConsumerHasBeenFailing() {
        backoff.failed(SECOND);
        backoff.failed(3 * SECOND);

        assertThat(backoff.state(7 * SECOND)).isEqualTo(new Backoff.State(2, Duration.ofSeconds(2), Duration.ofSeconds(6)));
    }
}
