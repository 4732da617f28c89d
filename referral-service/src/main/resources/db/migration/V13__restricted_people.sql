-- Issue 28 point 3 (decision 0062): the people whose processing a data protection officer restricted (consent-service's
-- person.restricted, until person.restriction-lifted). Referrals naming them, or anyone a confirmed match links to
-- them, are read-only and shown restricted. A person on a new referral strongly matched to a restricted one is
-- restricted too (because_of: that person), until that restriction is lifted.
CREATE TABLE restricted_person (
    person_id     uuid PRIMARY KEY,
    because_of    uuid,
    request_id    uuid,
    requested_by  text,
    restricted_at timestamptz NOT NULL
);
CREATE INDEX restricted_person_because_idx ON restricted_person (because_of) WHERE because_of IS NOT NULL;
