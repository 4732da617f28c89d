-- Referrals, the people they name, and each referral's history (who, when, what, why).
CREATE TABLE referral (
    id                 uuid PRIMARY KEY,
    referring_agency   text        NOT NULL,
    referred_by_user   text        NOT NULL,
    referred_by_name   text        NOT NULL,
    via_partner_system boolean     NOT NULL,
    area               text        NOT NULL,
    status             text        NOT NULL,
    urgency            text        NOT NULL,
    immediate_risk     boolean     NOT NULL,
    submitted_at       timestamptz NOT NULL,
    decision_due_at    timestamptz NOT NULL,
    decided_at         timestamptz,
    lead_agency        text,
    decision_reason    text,
    content            jsonb       NOT NULL,
    case_id            uuid,
    case_outcome       text,
    closed_at          timestamptz,
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX referral_agency_idx ON referral (referring_agency, submitted_at DESC);
CREATE INDEX referral_lead_idx ON referral (lead_agency) WHERE lead_agency IS NOT NULL;
CREATE INDEX referral_area_idx ON referral (area, submitted_at DESC);
CREATE INDEX referral_open_idx ON referral (area, submitted_at) WHERE status IN ('SUBMITTED', 'IN_TRIAGE');

CREATE TABLE referral_person (
    id                uuid PRIMARY KEY,
    referral_id       uuid    NOT NULL REFERENCES referral (id),
    position          int     NOT NULL,
    person_id         uuid    NOT NULL,
    role              text    NOT NULL,
    first_name        text,
    last_name         text    NOT NULL,
    date_of_birth     date,
    expected_due_date date,
    postcode          text,
    relationship      text,
    UNIQUE (referral_id, position)
);
CREATE INDEX referral_person_person_idx ON referral_person (person_id);

CREATE TABLE referral_history (
    id            bigserial PRIMARY KEY,
    referral_id   uuid        NOT NULL REFERENCES referral (id),
    at            timestamptz NOT NULL,
    actor_user    text,
    actor_name    text        NOT NULL,
    actor_agency  text,
    action        text        NOT NULL,
    from_status   text,
    to_status     text        NOT NULL,
    reason        text,
    detail        text
);
CREATE INDEX referral_history_referral_idx ON referral_history (referral_id, id);

-- Known-to-services matching runs on trigram similarity; the extension is trusted (PG 13+),
-- so the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
