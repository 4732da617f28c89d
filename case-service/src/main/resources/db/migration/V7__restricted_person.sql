-- People whose processing a data protection officer restricted (UK GDPR Art. 18, decision 0062), as consent-service's
-- feed says: person.restricted adds the person, person.restriction-lifted removes them. Ids only. A case naming a
-- restricted person (under any id a confirmed match links to them) is read-only and shown as restricted.
CREATE TABLE restricted_person (
    person_id     uuid        PRIMARY KEY,
    request_id    uuid        NOT NULL,
    restricted_at timestamptz NOT NULL
);
