-- Transactional outbox and event feed (org.earlyhelp.platform.events).
--
-- A row is written by the transaction that made the change, at the very end of that transaction
-- and under the outbox commit lock (pg_advisory_xact_lock), so feed positions are handed out in
-- commit order: a position is never visible before every lower position is committed (or gone
-- for ever with a rolled-back transaction). The feed therefore reads plainly "position > cursor".
CREATE TABLE outbox (
    position    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    source      text        NOT NULL,
    type        text        NOT NULL,
    subject     text,
    occurred_at timestamptz NOT NULL,
    data        jsonb,
    -- Agency codes that may read this event on the feed; service consumers read every event.
    audience    text[]      NOT NULL DEFAULT '{}'
);

-- The feed pages by the primary key (position). An agency or partner system catching up over a
-- long history reads only events addressed to it: the GIN index serves "audience && ARRAY[...]".
CREATE INDEX outbox_audience ON outbox USING gin (audience);

COMMENT ON TABLE outbox IS 'Domain events, written in the same transaction as the change; served by GET /api/events/<context>';
COMMENT ON COLUMN outbox.position IS 'Feed order (commit order); the feed cursor';
COMMENT ON COLUMN outbox.audience IS 'Agency codes allowed to read the event on the feed';
