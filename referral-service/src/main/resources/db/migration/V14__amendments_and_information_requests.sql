-- Issue 29 point 1 (decision 0063): the referrer amends a referral before the hub decides it, and the hub asks the
-- referrer for more. Each amendment is a version of what the referral says (the amendment as sent and the content it
-- replaced, both sealed like the content); a question to the referrer pauses the 1-working-day decision clock until
-- it is answered (or withdrawn by the hub). Questions and answers are free text about the family: sealed.
ALTER TABLE referral
    ADD COLUMN content_version  int NOT NULL DEFAULT 1,
    ADD COLUMN clock_paused_at  timestamptz,
    ADD COLUMN due_before_pause timestamptz,
    ADD COLUMN clock_resumed_at timestamptz;

DROP INDEX referral_open_idx;
CREATE INDEX referral_open_idx ON referral (area, submitted_at) WHERE status IN ('SUBMITTED', 'IN_TRIAGE', 'AWAITING_INFORMATION');

CREATE TABLE referral_amendment (
    id               uuid PRIMARY KEY,
    referral_id      uuid        NOT NULL REFERENCES referral (id),
    content_version  int         NOT NULL,
    at               timestamptz NOT NULL,
    actor_user       text,
    actor_name       text        NOT NULL,
    actor_agency     text,
    amendment        text        NOT NULL,
    previous_content text        NOT NULL,
    UNIQUE (referral_id, content_version)
);

CREATE TABLE information_request (
    id                  uuid PRIMARY KEY,
    referral_id         uuid        NOT NULL REFERENCES referral (id),
    status              text        NOT NULL,
    question            text        NOT NULL,
    due_date            date        NOT NULL,
    requested_at        timestamptz NOT NULL,
    requested_by_user   text,
    requested_by_name   text        NOT NULL,
    requested_by_agency text,
    status_before       text        NOT NULL,
    due_before_pause    timestamptz NOT NULL,
    remaining_seconds   bigint      NOT NULL,
    answer              text,
    settled_at          timestamptz,
    settled_by_user     text,
    settled_by_name     text,
    settled_by_agency   text,
    due_after_resume    timestamptz,
    version             bigint      NOT NULL DEFAULT 0
);
CREATE INDEX information_request_referral_idx ON information_request (referral_id, requested_at);
-- One open question at a time: the referral is awaiting-information until it is settled.
CREATE UNIQUE INDEX information_request_open_idx ON information_request (referral_id) WHERE status = 'OPEN';
