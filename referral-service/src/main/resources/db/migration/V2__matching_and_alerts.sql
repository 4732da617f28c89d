-- "Known to services": normalised and phonetic keys per person appearance, searched by trigram
-- similarity (GIN) or equal phonetic key or same date of birth and postcode (btree), OR-ed as a bitmap scan.
ALTER TABLE referral_person
    ADD COLUMN name_key     text NOT NULL DEFAULT '',
    ADD COLUMN phonetic_key text NOT NULL DEFAULT '',
    ADD COLUMN postcode_key text;
CREATE INDEX referral_person_name_trgm_idx ON referral_person USING gin (name_key gin_trgm_ops);
CREATE INDEX referral_person_phonetic_idx ON referral_person (phonetic_key);
CREATE INDEX referral_person_dob_postcode_idx ON referral_person (date_of_birth, postcode_key);

CREATE TABLE person_match (
    id                  uuid PRIMARY KEY,
    referral_id         uuid             NOT NULL REFERENCES referral (id),
    referral_person_id  uuid             NOT NULL REFERENCES referral_person (id),
    candidate_person_id uuid             NOT NULL,
    candidate_name      text             NOT NULL,
    score               double precision NOT NULL,
    reasons             text             NOT NULL,
    status              text             NOT NULL,
    found_at            timestamptz      NOT NULL,
    decided_by          text,
    decided_at          timestamptz,
    UNIQUE (referral_person_id, candidate_person_id)
);
CREATE INDEX person_match_referral_idx ON person_match (referral_id);

CREATE TABLE concern_alert (
    id               uuid PRIMARY KEY,
    person_id        uuid        NOT NULL,
    person_name      text        NOT NULL,
    area             text        NOT NULL,
    status           text        NOT NULL,
    raised_at        timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    acknowledged_by  text,
    acknowledged_at  timestamptz,
    note             text
);
CREATE UNIQUE INDEX concern_alert_open_idx ON concern_alert (person_id) WHERE status = 'OPEN';
CREATE INDEX concern_alert_area_idx ON concern_alert (area, raised_at DESC);

CREATE TABLE concern_alert_referral (
    alert_id    uuid NOT NULL REFERENCES concern_alert (id),
    referral_id uuid NOT NULL REFERENCES referral (id),
    PRIMARY KEY (alert_id, referral_id)
);
