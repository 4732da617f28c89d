-- Confirmed "known to services" matches, from the referral feed (decision 0056): referral.person-linked
-- says minted_person_id is the person known as person_id, referral.person-unlinked undoes it. Consent
-- records, lawful bases, participation and areas stay under the id they were recorded with (they are
-- evidence); what reads a person reads all the ids the person is known by.
CREATE TABLE person_link (
    minted_person_id uuid        NOT NULL,
    person_id        uuid        NOT NULL,
    referral_id      uuid,
    linked_at        timestamptz NOT NULL,
    PRIMARY KEY (minted_person_id, person_id)
);

CREATE INDEX person_link_known ON person_link (person_id);

-- Every other id each person is known by, following the links both ways and through chains (minted
-- ids linked to one known id are one person too). Derived from person_link whenever it changes: the
-- form the reach condition and the sharing rules join on.
CREATE TABLE same_person (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id uuid NOT NULL,
    same_as   uuid NOT NULL,
    CONSTRAINT same_person_once UNIQUE (person_id, same_as)
);

-- Until now referral.person-linked copied the minted id's participation and areas to the known id:
-- copies that cannot be told from rows recorded under the known id, so an unlink could not part them.
-- Both projections are rebuilt from the feeds, which keep every event: the consumers start again
-- from the beginning and apply each event once more (every effect is idempotent). Until they have
-- caught up, reach is narrower than it was, never wider.
TRUNCATE participation, person_area;
DELETE FROM consumed_event WHERE consumer IN ('referral-events', 'case-events');
UPDATE feed_cursor SET cursor = NULL, updated_at = now() WHERE consumer IN ('referral-events', 'case-events');
