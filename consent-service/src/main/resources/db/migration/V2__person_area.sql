-- The areas (districts) of the referrals about each person, from the referral feed: the hub's
-- triage reaches a person's consent records through the areas it screens (ARCHITECTURE §3).
-- One row per referral, like participation, so that a person known in two areas is reached from both.
CREATE TABLE person_area (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  uuid NOT NULL,
    area       text NOT NULL,
    source     text NOT NULL,
    since      timestamptz NOT NULL,
    CONSTRAINT person_area_once UNIQUE (person_id, area, source)
);

CREATE INDEX person_area_area ON person_area (area, person_id);
