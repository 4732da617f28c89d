-- Onward referrals (signposting) to directory services, and exactly what was shared with the receiving agency.
CREATE TABLE onward_referral (
    id               uuid PRIMARY KEY,
    referral_id      uuid        NOT NULL REFERENCES referral (id),
    area             text        NOT NULL,
    referring_agency text        NOT NULL,
    service_id       uuid        NOT NULL,
    service_name     text        NOT NULL,
    receiving_agency text        NOT NULL,
    note             text,
    status           text        NOT NULL,
    shared           jsonb,
    consent_reasons  text,
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    sent_at          timestamptz,
    decided_at       timestamptz,
    decided_by       text,
    decline_reason   text,
    version          bigint      NOT NULL DEFAULT 0
);
CREATE INDEX onward_referral_receiving_idx ON onward_referral (receiving_agency, created_at DESC);
CREATE INDEX onward_referral_referral_idx ON onward_referral (referral_id);
