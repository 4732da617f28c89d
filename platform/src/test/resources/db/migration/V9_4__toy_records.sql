-- A toy record kind for the data protection tests: a note about a person, kept a while after it ended.
CREATE TABLE toy_record (
    id        uuid PRIMARY KEY,
    person_id uuid NOT NULL,
    note      text NOT NULL,
    ended_at  timestamptz NOT NULL
);
