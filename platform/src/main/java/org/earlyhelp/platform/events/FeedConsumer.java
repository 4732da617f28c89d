package org.earlyhelp.platform.events;

import java.net.URI;
import java.util.Optional;

/**
 * Follows another service's event feed and acts on each event: extend it as an
 * {@code @ApplicationScoped} bean, name it and implement {@link #handle}. The platform's
 * {@link FeedFollower} polls the feed ({@code earlyhelp.consumers.<name>.feed-url}) and calls
 * {@code handle} for each event, oldest first.
 *
 * <p><b>Guarantee: at-least-once delivery, exactly-once effect.</b> Each event is handled in its
 * own transaction, which also (1) locks this consumer's cursor row, so one replica at a time acts
 * for the consumer, (2) records the event id as consumed, skipping {@code handle} if it already
 * was, and (3) advances the stored cursor past the event. All of it commits or none of it does:
 * if {@code handle} throws, or the process dies, the event is delivered again on a later poll
 * (after a back-off) and acted on then, once. So {@code handle} must make all its changes
 * through the current transaction (the service's database, the {@link Outbox}); a side effect
 * outside it (an e-mail, a call to another service) may happen more than once and needs its own
 * idempotency.
 *
 * <p>An event that always fails stops this consumer at that event (later events wait behind it,
 * in order) and is logged as a warning once the consumer has been stuck for
 * {@code earlyhelp.consumers.backoff.warn-after}: fix the handler or the data, and it goes on.
 */
public abstract class FeedConsumer {

    /**
     * A stable name, unique in the service: lower-case letters, digits and '-'. It keys the
     * stored cursor, the consumed ids and the configuration; renaming it starts the feed over.
     */
    public abstract String name();

    /**
     * Acts on one event inside the transaction described above. Ignore event types this consumer
     * does not care about; throw to roll back and have the event delivered again later.
     */
    protected abstract void handle(CloudEvent event);

    /** The feed to follow; by default {@code earlyhelp.consumers.<name>.feed-url}. */
    protected Optional<URI> feedUrl() {
        return Optional.empty();
    }
}
