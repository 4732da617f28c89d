-- Cases (an early help case file), the family on it, the referrals it was opened from, the team
-- around the family, the assessment, the family plan, reviews, notes, lead transfers and history.
-- "case" is an SQL keyword: the table is early_help_case.

CREATE SEQUENCE case_reference_seq;

CREATE TABLE early_help_case (
    id                     uuid PRIMARY KEY,
    reference              text        NOT NULL UNIQUE,
    status                 text        NOT NULL,
    level_of_need          text        NOT NULL,
    area                   text        NOT NULL,
    lead_agency            text        NOT NULL,
    lead_practitioner_user text,
    lead_practitioner_name text,
    opened_at              timestamptz NOT NULL,
    opened_via             text        NOT NULL,
    next_review_due        date,
    closed_at              timestamptz,
    closure_reason         text,
    closure_outcome        text,
    last_changed_at        timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0
);
CREATE INDEX case_lead_idx ON early_help_case (lead_agency, opened_at DESC);
CREATE INDEX case_area_idx ON early_help_case (area, opened_at DESC);

-- Exactly one case per referral: the unique key is what makes a second opening impossible.
CREATE TABLE case_referral (
    referral_id uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES early_help_case (id),
    linked_at   timestamptz NOT NULL
);
CREATE INDEX case_referral_case_idx ON case_referral (case_id);

CREATE TABLE case_person (
    id            uuid PRIMARY KEY,
    case_id       uuid    NOT NULL REFERENCES early_help_case (id),
    position      int     NOT NULL,
    person_id     uuid    NOT NULL,
    child         boolean NOT NULL,
    display_name  text,
    given_name    text,
    family_name   text,
    date_of_birth date,
    postcode      text,
    relationship  text,
    source        text    NOT NULL,
    UNIQUE (case_id, person_id)
);
CREATE INDEX case_person_person_idx ON case_person (person_id);

CREATE TABLE team_member (
    id                uuid PRIMARY KEY,
    case_id           uuid        NOT NULL REFERENCES early_help_case (id),
    agency            text        NOT NULL,
    agency_type       text        NOT NULL,
    practitioner_name text,
    role              text        NOT NULL,
    active            boolean     NOT NULL,
    joined_at         timestamptz NOT NULL,
    added_by          text        NOT NULL,
    left_at           timestamptz,
    left_reason       text,
    ended_by          text
);
CREATE INDEX team_member_case_idx ON team_member (case_id);
CREATE INDEX team_member_active_agency_idx ON team_member (agency, case_id) WHERE active;

-- The sharing decision each member's access rests on, per family member.
CREATE TABLE team_member_basis (
    member_id       uuid NOT NULL REFERENCES team_member (id),
    person_id       uuid NOT NULL,
    decision_id     uuid,
    consent_id      uuid,
    lawful_basis_id uuid,
    PRIMARY KEY (member_id, person_id)
);
CREATE INDEX team_member_basis_consent_idx ON team_member_basis (consent_id) WHERE consent_id IS NOT NULL;

CREATE TABLE case_need (
    id          uuid PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES early_help_case (id),
    category    text        NOT NULL,
    severity    text,
    notes       text,
    source      text        NOT NULL,
    assessed_at timestamptz,
    assessed_by text,
    outcome     text,
    UNIQUE (case_id, category)
);

CREATE TABLE plan_action (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES early_help_case (id),
    description  text        NOT NULL,
    owner_agency text        NOT NULL,
    due_date     date        NOT NULL,
    status       text        NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX plan_action_case_idx ON plan_action (case_id);
CREATE INDEX plan_action_due_idx ON plan_action (owner_agency, due_date) WHERE status IN ('PLANNED', 'IN_PROGRESS');

CREATE TABLE case_review (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL REFERENCES early_help_case (id),
    held_on         date        NOT NULL,
    next_review_due date        NOT NULL,
    summary         text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    recorded_agency text        NOT NULL
);
CREATE INDEX case_review_case_idx ON case_review (case_id);

CREATE TABLE case_review_attendee (
    review_id uuid NOT NULL REFERENCES case_review (id),
    position  int  NOT NULL,
    name      text NOT NULL,
    agency    text,
    PRIMARY KEY (review_id, position)
);

CREATE TABLE case_review_progress (
    review_id uuid NOT NULL REFERENCES case_review (id),
    position  int  NOT NULL,
    need      text NOT NULL,
    progress  text NOT NULL,
    note      text,
    PRIMARY KEY (review_id, position)
);

CREATE TABLE case_note (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES early_help_case (id),
    written_at   timestamptz NOT NULL,
    author_user  text        NOT NULL,
    author_name  text        NOT NULL,
    author_agency text       NOT NULL,
    text         text        NOT NULL,
    restricted   boolean     NOT NULL
);
CREATE INDEX case_note_case_idx ON case_note (case_id, written_at);

CREATE TABLE lead_transfer (
    id             uuid PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES early_help_case (id),
    from_agency    text        NOT NULL,
    to_agency      text        NOT NULL,
    reason         text        NOT NULL,
    status         text        NOT NULL,
    requested_at   timestamptz NOT NULL,
    requested_by   text        NOT NULL,
    decided_at     timestamptz,
    decided_by     text,
    decline_reason text
);
CREATE INDEX lead_transfer_case_idx ON lead_transfer (case_id);
CREATE INDEX lead_transfer_pending_idx ON lead_transfer (to_agency) WHERE status = 'REQUESTED';
-- At most one open transfer request per case.
CREATE UNIQUE INDEX lead_transfer_one_pending ON lead_transfer (case_id) WHERE status = 'REQUESTED';

CREATE TABLE case_history (
    id           bigserial PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES early_help_case (id),
    at           timestamptz NOT NULL,
    actor_user   text,
    actor_name   text        NOT NULL,
    actor_agency text,
    action       text        NOT NULL,
    reason       text,
    detail       text
);
CREATE INDEX case_history_case_idx ON case_history (case_id, id);

-- Alerts for the lead: e.g. a withdrawn consent took a member's access away.
CREATE TABLE case_alert (
    id              uuid PRIMARY KEY,
    case_id         uuid        NOT NULL REFERENCES early_help_case (id),
    kind            text        NOT NULL,
    person_id       uuid,
    consent_id      uuid,
    detail          text        NOT NULL,
    raised_at       timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text
);
CREATE INDEX case_alert_case_idx ON case_alert (case_id, raised_at);

-- What this service has seen of referrals (referral.submitted / referral.accepted), so that a
-- case lead can open a case by hand linking accepted referrals. Never another service's table.
CREATE TABLE seen_referral (
    referral_id        uuid PRIMARY KEY,
    referring_agency   text        NOT NULL,
    lead_agency        text,
    area               text        NOT NULL,
    status             text        NOT NULL,
    concern_categories text[]      NOT NULL DEFAULT '{}',
    seen_at            timestamptz NOT NULL
);
CREATE INDEX seen_referral_lead_idx ON seen_referral (lead_agency) WHERE lead_agency IS NOT NULL;
CREATE INDEX seen_referral_referrer_idx ON seen_referral (referring_agency);

CREATE TABLE seen_referral_person (
    referral_id  uuid    NOT NULL REFERENCES seen_referral (referral_id),
    position     int     NOT NULL,
    person_id    uuid    NOT NULL,
    child        boolean NOT NULL,
    display_name text,
    PRIMARY KEY (referral_id, position)
);
