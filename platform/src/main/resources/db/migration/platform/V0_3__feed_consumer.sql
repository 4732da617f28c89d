-- Where each feed consumer of this service has got to in another service's feed, and which
-- events it has already acted on (org.earlyhelp.platform.events.FeedConsumer).

-- One row per consumer. A replica locks the row (FOR UPDATE SKIP LOCKED) in every event's
-- transaction, so only one replica at a time acts for a consumer.
CREATE TABLE feed_cursor (
    consumer   text        PRIMARY KEY,
    -- Opaque cursor from the producer's feed; null = from the beginning of the feed.
    cursor     text,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Event ids a consumer has acted on, inserted in the same transaction as the effect: an event
-- delivered again (cursor reset, restored backup, retry after a crash) has no second effect.
CREATE TABLE consumed_event (
    consumer    text        NOT NULL,
    event_id    text        NOT NULL,
    consumed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
