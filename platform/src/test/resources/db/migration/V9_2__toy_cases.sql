-- A toy record kind for the access tests: an agency's record in an area.
CREATE TABLE toy_case (
    id        uuid PRIMARY KEY,
    agency    text NOT NULL,
    area      text NOT NULL,
    person_id uuid NOT NULL
);
