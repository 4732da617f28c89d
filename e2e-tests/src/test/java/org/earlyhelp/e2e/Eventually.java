package org.earlyhelp.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for what the suite does asynchronously (a consumer following another service's feed,
 * an audit row sealed after commit): ask again until the answer is right or the deadline passes.
 * Never a fixed sleep.
 */
public final class Eventually {

    /** Feeds are polled about every second; a loaded 2-core CI box can take much longer. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long PAUSE_MILLIS = 200;

    private Eventually() {
    }

    /** The first answer that satisfies {@code done}; the last answer (for the failure message) if none did in time. */
    public static <T> T get(Supplier<T> ask, Predicate<T> done) {
        return get(ask, done, PATIENCE);
    }

    public static <T> T get(Supplier<T> ask, Predicate<T> done, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        T answer = ask.get();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            pause();
            answer = ask.get();
        }
        return answer;
    }

    /** Runs {@code check} (assertions) until it passes; rethrows its last failure after the deadline. */
    public static void assertThat(Runnable check) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting", e);
        }
    }
}
