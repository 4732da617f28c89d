-- A toy resource for the idempotency tests.
CREATE TABLE toy_order (
    id         uuid PRIMARY KEY,
    created_by text NOT NULL,
    toy        text NOT NULL
);
