-- The data protection officer's front door (decision 0062).

-- A subject access request: who asked and when, for whom (chosen from candidates when asked by name and date
-- of birth), and what every context answered, sealed. candidate_ids names, in clear, only ids: a person's erasure
-- finds the requests whose candidates named them.
CREATE TABLE subject_access_request (
    id             uuid        PRIMARY KEY,
    agency         text        NOT NULL,
    requested_by   text        NOT NULL,
    requested_at   timestamptz NOT NULL,
    reference      text,
    status         text        NOT NULL,
    person_id      uuid,
    search         text,
    candidates     text,
    candidate_ids  uuid[]      NOT NULL DEFAULT '{}',
    bundle         text,
    counts         jsonb,
    completed_at   timestamptz
);

CREATE INDEX subject_access_request_person ON subject_access_request (person_id);
CREATE INDEX subject_access_request_due ON subject_access_request (coalesce(completed_at, requested_at));

-- Every rectification, restriction, lift and erasure a data protection officer asked for: the reason and the
-- corrected details sealed, never on the feed.
CREATE TABLE person_request (
    id           uuid        PRIMARY KEY,
    person_id    uuid        NOT NULL,
    kind         text        NOT NULL,
    reason       text        NOT NULL,
    details      text,
    requested_by text        NOT NULL,
    agency       text,
    requested_at timestamptz NOT NULL
);

CREATE INDEX person_request_person ON person_request (person_id, requested_at);

-- The people whose processing is restricted now (UK GDPR Art. 18), under the id the restriction was asked for;
-- what reads a person reads every id they are known by.
CREATE TABLE restricted_person (
    person_id  uuid        PRIMARY KEY,
    request_id uuid        NOT NULL,
    since      timestamptz NOT NULL
);

-- Who is a member of an open case, from case-service's feed: an erasure waits until the case is closed.
CREATE TABLE open_case_member (
    case_id   uuid NOT NULL,
    person_id uuid NOT NULL,
    PRIMARY KEY (case_id, person_id)
);

CREATE INDEX open_case_member_person ON open_case_member (person_id);
