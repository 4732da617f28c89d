-- A toy record kind for the encryption tests: a person's name and a free-text note, sealed.
CREATE TABLE toy_person (
    id      uuid PRIMARY KEY,
    name    text NOT NULL,
    note    text,
    area    text NOT NULL
);
