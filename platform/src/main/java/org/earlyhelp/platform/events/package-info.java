/**
 * Domain events between services, with nothing lost: a transactional outbox, the event feed that
 * serves it, and the consumer side that follows another service's feed.
 *
 * <h2>Publishing</h2>
 * A service injects {@link org.earlyhelp.platform.events.Outbox} and calls
 * {@code outbox.record(EventDraft.of("thing.created", id, data, agencies...))} inside the
 * transaction that makes the change (a transaction is mandatory). {@code data} is a record from the
 * service's published event module ({@code <context>-events}), the contract its consumers read. The event is published if and
 * only if that transaction commits. Events are CloudEvents 1.0: {@code id} (UUID),
 * {@code source} ({@code /early-help/<context>}), {@code type}, {@code subject}, {@code time},
 * {@code datacontenttype} ({@code application/json}), {@code data}, {@code specversion}; plus
 * the extension attribute {@code cursor}.
 *
 * <h2>The feed</h2>
 * {@code GET /api/events/<context>?after=<cursor>&limit=<n>[&wait=<seconds>]} answers
 * {@code {"events": [...], "next": "<cursor>"}}: the events after the cursor in commit order,
 * {@code limit} 1..500 (default 100), optional long-poll up to 30 seconds. What a caller reads is
 * decided by the {@link org.earlyhelp.platform.events.FeedAccess} bean and applied in SQL: by
 * default an agency (person or partner-agency system) reads the events whose audience includes
 * its agency code, and another service's account (a role in
 * {@code earlyhelp.events.feed.service-roles}) reads all of them.
 *
 * <h2>Why a reader can never skip an event (the outbox gap)</h2>
 * A feed that serves "position &gt; cursor" is only correct if a position never becomes visible
 * after a higher one. With positions drawn when the row is inserted that fails: T1 draws 7, T2
 * draws 8, T2 commits, a reader reads 8 and stores cursor 8, T1 commits 7, and the reader never
 * sees it. Here positions are drawn at commit, in commit order:
 * <ul>
 * <li>{@code record} only keeps the event with the JTA transaction;
 * {@link org.earlyhelp.platform.events.OutboxCommit}, an interposed synchronization, runs at the
 * very end of the transaction (after Hibernate's flush), takes the transaction-scoped advisory
 * lock {@code pg_advisory_xact_lock(OutboxCommit.COMMIT_LOCK)}, inserts the rows (drawing their
 * identity positions) and lets the transaction commit;</li>
 * <li>PostgreSQL makes a commit visible before it releases the transaction's locks, so the next
 * transaction draws its positions only after every lower position is visible, or rolled back and
 * gone for good. Positions therefore become visible in increasing order: no hole is ever filled
 * later, and "position &gt; cursor" misses nothing;</li>
 * <li>the lock is in the database, so this holds across any number of replicas, and the feed's
 * page and head are read in one statement (one snapshot).</li>
 * </ul>
 * The price: transactions that record events commit one at a time for the length of their
 * inserts and commit (not their whole work; transactions without events are not involved). At
 * a few milliseconds per commit that is hundreds of event-writing transactions a second per
 * service, far above this platform's needs. Two alternatives were weighed and not taken:
 * serving only rows whose transaction id is below {@code pg_snapshot_xmin(pg_current_snapshot())}
 * orders the feed by when transactions got their id, not when they committed, so a
 * transaction that wrote early (an audit row) but changed a record after another transaction
 * committed could be served before the event it follows; and it holds every feed back behind any
 * long transaction on the server. A relay that numbers committed rows afterwards adds a moving
 * part and latency, and still cannot tell the commit order of the rows it finds together.
 * Anything else that takes a lock at commit time must take it before this one (not in a later
 * synchronization) so lock order stays the same everywhere.
 *
 * <h2>Consuming: at-least-once delivery, exactly-once effect</h2>
 * A service extends {@link org.earlyhelp.platform.events.FeedConsumer} (the feed is read with its
 * service account's token, {@link org.earlyhelp.platform.events.FeedCredentials}) and sets
 * {@code earlyhelp.consumers.<name>.feed-url}. A handler reads an event's payload as the producer's
 * record with {@link org.earlyhelp.platform.events.CloudEvent#dataAs} (unknown fields ignored, so
 * producers may add fields; empty for data that does not read, which the handler skips).
 * {@link org.earlyhelp.platform.events.FeedFollower}
 * polls the feed from the consumer's stored cursor ({@code feed_cursor}) and handles each event
 * in one transaction that locks the cursor row ({@code FOR UPDATE SKIP LOCKED}, so one replica
 * acts at a time), inserts the event id into {@code consumed_event} (a unique key: an id already
 * there is not acted on again), runs the handler and advances the cursor. All of it commits or
 * none does, so an event is delivered at least once (again after a failure, a crash or a lost
 * cursor) and acted on exactly once, provided the handler changes only the service's database
 * in that transaction. Failures back off exponentially up to a cap and the consumer catches up
 * from its cursor when the producer is back.
 *
 * <h2>Configuration</h2>
 * {@code earlyhelp.events.feed.service-roles} (default {@code event-consumer}),
 * {@code earlyhelp.events.feed.long-poll-interval} (500ms);
 * {@code earlyhelp.consumers.enabled} (default: true except in tests),
 * {@code earlyhelp.consumers.poll-interval} (1s), {@code earlyhelp.consumers.page-size} (100),
 * {@code earlyhelp.consumers.timeout} (10s), {@code earlyhelp.consumers.backoff.initial} (1s),
 * {@code earlyhelp.consumers.backoff.max} (1m), {@code earlyhelp.consumers.backoff.warn-after}
 * (2m), and per consumer {@code earlyhelp.consumers.<name>.feed-url} and
 * {@code earlyhelp.consumers.<name>.enabled} (true).
 */
package org.earlyhelp.platform.events;
