-- People case-service knows who never appeared on a referral here (a family member added to a
-- case by hand), from its case.person-added events: "known to services" matching searches them
-- beside referral_person, with the same keys and the same three indexes.
CREATE TABLE case_person (
    person_id     uuid PRIMARY KEY,
    case_id       uuid        NOT NULL,
    first_name    text,
    last_name     text        NOT NULL,
    date_of_birth date,
    postcode_key  text,
    name_key      text        NOT NULL,
    phonetic_key  text        NOT NULL,
    added_at      timestamptz NOT NULL
);
CREATE INDEX case_person_name_trgm_idx ON case_person USING gin (name_key gin_trgm_ops);
CREATE INDEX case_person_phonetic_idx ON case_person (phonetic_key);
CREATE INDEX case_person_dob_postcode_idx ON case_person (date_of_birth, postcode_key);
