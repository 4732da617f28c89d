package org.earlyhelp.platform.events;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.earlyhelp.platform.events.ConsumerCursors.Claim;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs this service's {@link FeedConsumer}s: every {@code earlyhelp.consumers.poll-interval} each
 * consumer that is due reads its feed from its stored cursor, page by page until caught up, and
 * acts on each event in a transaction of its own (see {@link FeedConsumer} for the guarantee).
 *
 * <p>A consumer whose feed cannot be read (producer down, 5xx, refused token) or whose handler
 * fails backs off: it waits {@code backoff.initial}, doubling per failure in a row up to
 * {@code backoff.max}, then resumes from its stored cursor and catches up. Other consumers are
 * not held up beyond one request timeout.
 *
 * <p>Safe with several replicas: each event's transaction locks the consumer's cursor row with
 * {@code FOR UPDATE SKIP LOCKED} and checks the cursor is still the one the page was read after;
 * a replica that finds the row locked or moved leaves the rest of the round to the other one.
 *
 * <p>Runs when {@code earlyhelp.consumers.enabled} is true (by default everywhere but tests) and
 * stops at shutdown; {@link #start()} and {@link #stop()} switch it at run time.
 */
@ApplicationScoped
public class FeedFollower {

    /** Outcome of one consumer's round. */
    enum Round {
        /** The feed has nothing more for now. */
        CAUGHT_UP,
        /** The round's page budget ran out with more to read; the next round goes on. */
        MORE,
        /** Another replica is acting for this consumer. */
        YIELDED,
        /** Reading or acting failed; the consumer backs off. */
        FAILED
    }

    /** Pages one consumer reads per round, so a long catch-up does not starve the others. */
    static final int PAGES_PER_ROUND = 10;

    private static final Logger LOG = Logger.getLogger(FeedFollower.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Instance<FeedConsumer> consumers;
    private final ConsumersConfig config;
    private final FeedCredentials credentials;
    private final ConsumerCursors cursors;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();
    private final Map<URI, FeedClient> clients = new ConcurrentHashMap<>();

    FeedFollower(@Any Instance<FeedConsumer> consumers, ConsumersConfig config, FeedCredentials credentials,
            ConsumerCursors cursors) {
        this.consumers = consumers;
        this.config = config;
        this.credentials = credentials;
        this.cursors = cursors;
    }

    void onStart(@Observes StartupEvent event) {
        Set<String> names = new HashSet<>();
        for (FeedConsumer consumer : consumers) {
            String name = consumer.name();
            if (name == null || !NAME.matcher(name).matches() || !names.add(name)) {
                throw new IllegalStateException("Feed consumer names must be unique lower-case words joined by '-': " + name);
            }
        }
        if (config.enabled().orElse(LaunchMode.current() != LaunchMode.TEST)) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        clients.values().forEach(FeedFollower::close);
        clients.clear();
    }

    /** Starts polling (again). An event being handled when {@link #stop()} is called is finished first. */
    public void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        List<String> following = new ArrayList<>();
        for (FeedConsumer consumer : consumers) {
            if (!settings(consumer).enabled()) {
                continue;
            }
            if (feedUrl(consumer).isEmpty()) {
                LOG.warnf("Feed consumer %s has no feed URL (earlyhelp.consumers.%s.feed-url); it will not run",
                        consumer.name(), consumer.name());
            } else {
                following.add(consumer.name());
            }
        }
        if (following.isEmpty()) {
            return;
        }
        LOG.infof("Following event feeds every %s for %s", readable(config.pollInterval()), String.join(", ", following));
    }

    public void stop() {
        if (running.compareAndSet(true, false)) {
            LOG.debug("Stopped following event feeds");
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    @Scheduled(identity = "earlyhelp-feed-consumers", every = "${earlyhelp.consumers.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDueConsumers() {
        for (FeedConsumer consumer : consumers) {
            if (!running.get()) {
                return;
            }
            if (settings(consumer).enabled() && feedUrl(consumer).isPresent() && backoff(consumer).due(System.nanoTime())) {
                poll(consumer);
            }
        }
    }

    /** One round for one consumer, whether due or not. Failures are logged and backed off, never thrown. */
    Round poll(FeedConsumer consumer) {
        Backoff backoff = backoff(consumer);
        try {
            Round round = follow(consumer);
            int ended = backoff.succeeded();
            if (ended > 0) {
                LOG.infof("Feed consumer %s is reading its feed again after %d failed attempt(s)", consumer.name(), ended);
            }
            return round;
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            Duration wait = backoff.failed(now);
            Backoff.State state = backoff.state(now);
            String message = "Feed consumer %s failed (%d time(s) in a row, for %s): %s; next attempt in %s";
            Object[] details = { consumer.name(), state.failures(), readable(state.failingFor()), summary(e), readable(wait) };
            if (state.failingFor().compareTo(config.backoff().warnAfter()) >= 0) {
                LOG.warnf(e, message, details);
            } else {
                LOG.infof(message, details);
            }
            return Round.FAILED;
        }
    }

    /** Where a consumer's retries stand, for tests and diagnostics. */
    Backoff.State backoffState(FeedConsumer consumer) {
        return backoff(consumer).state(System.nanoTime());
    }

    private Round follow(FeedConsumer consumer) {
        String name = consumer.name();
        FeedClient feed = client(consumer);
        String cursor = cursors.current(name);
        for (int page = 0; page < PAGES_PER_ROUND; page++) {
            FeedPage events = feed.read(cursor, config.pageSize(), "Bearer " + credentials.bearerToken(name));
            for (CloudEvent event : events.events()) {
                if (event.id() == null || event.cursor() == null) {
                    throw new IllegalStateException("The feed served an event without id or cursor");
                }
                if (!actOn(consumer, cursor, event)) {
                    return Round.YIELDED;
                }
                cursor = event.cursor();
            }
            // Past events this consumer may not read: the next page starts after them.
            if (events.next() != null && !events.next().equals(cursor)) {
                if (!moveCursor(name, cursor, events.next())) {
                    return Round.YIELDED;
                }
                cursor = events.next();
            }
            if (events.events().size() < config.pageSize()) {
                return Round.CAUGHT_UP;
            }
        }
        return Round.MORE;
    }

    /** The transaction of one event: claim the consumer, act unless already acted on, advance the cursor. */
    private boolean actOn(FeedConsumer consumer, String expectedCursor, CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (cursors.claim(consumer.name(), expectedCursor) != Claim.HELD) {
                return false;
            }
            if (cursors.markConsumed(consumer.name(), event.id())) {
                consumer.handle(event);
            } else {
                LOG.debugf("Feed consumer %s has already acted on event %s; skipping it", consumer.name(), event.id());
            }
            cursors.advance(consumer.name(), event.cursor());
            return true;
        });
    }

    private boolean moveCursor(String consumer, String expectedCursor, String next) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (cursors.claim(consumer, expectedCursor) != Claim.HELD) {
                return false;
            }
            cursors.advance(consumer, next);
            return true;
        });
    }

    private FeedClient client(FeedConsumer consumer) {
        URI url = feedUrl(consumer).orElseThrow(() -> new IllegalStateException(
                "No feed URL: set earlyhelp.consumers." + consumer.name() + ".feed-url"));
        return clients.computeIfAbsent(url, base -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(FeedClient.class));
    }

    private Optional<URI> feedUrl(FeedConsumer consumer) {
        return consumer.feedUrl().or(() -> settings(consumer).feedUrl());
    }

    private ConsumersConfig.Consumer settings(FeedConsumer consumer) {
        ConsumersConfig.Consumer settings = config.consumer().get(consumer.name());
        return settings != null ? settings : Defaults.CONSUMER;
    }

    private Backoff backoff(FeedConsumer consumer) {
        return backoffs.computeIfAbsent(consumer.name(),
                name -> new Backoff(config.backoff().initial(), config.backoff().max()));
    }

    private static String summary(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String summary = error.getClass().getSimpleName() + ": " + error.getMessage();
        return root == error ? summary : summary + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static String readable(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + "ms" : duration.toSeconds() + "s";
    }

    private static void close(FeedClient client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.debug("Could not close a feed client", e);
        }
    }

    /** Settings of a consumer that has no configuration of its own. */
    private static final class Defaults {

        static final ConsumersConfig.Consumer CONSUMER = new ConsumersConfig.Consumer() {
            @Override
            public Optional<URI> feedUrl() {
                return Optional.empty();
            }

            @Override
            public boolean enabled() {
                return true;
            }
        };
    }
}
