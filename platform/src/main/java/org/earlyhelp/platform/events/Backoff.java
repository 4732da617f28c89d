package org.earlyhelp.platform.events;

import java.time.Duration;

/**
 * When a failing consumer may try again: the wait doubles with each failure in a row, up to a
 * maximum, and a success clears it. Times are {@link System#nanoTime()} values. One per consumer
 * per process; replicas back off independently.
 */
final class Backoff {

    /** A snapshot, for logs and tests. */
    record State(int failures, Duration delay, Duration failingFor) {
    }

    private final Duration initial;
    private final Duration max;
    private int failures;
    private long failingSince;
    private long nextAttempt;
    private Duration delay = Duration.ZERO;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    synchronized boolean due(long now) {
        return failures == 0 || now - nextAttempt >= 0;
    }

    /** Records a failure at {@code now}; returns how long to wait before the next attempt. */
    synchronized Duration failed(long now) {
        if (failures == 0) {
            failingSince = now;
        }
        failures++;
        delay = min(initial.multipliedBy(1L << Math.min(failures - 1, 30)), max);
        nextAttempt = now + delay.toNanos();
        return delay;
    }

    /** Records a success; returns how many failures it ends. */
    synchronized int succeeded() {
        int ended = failures;
        failures = 0;
        delay = Duration.ZERO;
        return ended;
    }

    synchronized State state(long now) {
        return new State(failures, delay, failures == 0 ? Duration.ZERO : Duration.ofNanos(now - failingSince));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
