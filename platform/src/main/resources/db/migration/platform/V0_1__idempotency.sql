-- The first response to each (caller, Idempotency-Key), replayed to retries until it expires.
CREATE TABLE idempotency_key (
    caller_id       text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    status          integer,
    location        text,
    body            bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (caller_id, idempotency_key)
);

CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
