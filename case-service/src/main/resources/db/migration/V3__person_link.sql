-- Confirmed "known to services" matches, from the referral feed (decision 0056): referral.person-linked
-- says minted_person_id is the person known as person_id, referral.person-unlinked undoes it. Case
-- members stay under the id they were recorded with; what looks a person up looks up every id the
-- person is known by.
CREATE TABLE person_link (
    minted_person_id uuid        NOT NULL,
    person_id        uuid        NOT NULL,
    referral_id      uuid,
    linked_at        timestamptz NOT NULL,
    PRIMARY KEY (minted_person_id, person_id)
);

CREATE INDEX person_link_known ON person_link (person_id);

-- Every other id each person is known by, following the links both ways and through chains. Derived
-- from person_link whenever it changes: the form the look-ups by person join on.
CREATE TABLE same_person (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id uuid NOT NULL,
    same_as   uuid NOT NULL,
    CONSTRAINT same_person_once UNIQUE (person_id, same_as)
);
