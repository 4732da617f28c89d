-- The cases case-service holds, as its feed tells (case.opened, .referral-joined, .person-added, .transferred,
-- .closed, .reopened): which family members each case is about, its lead agency and whether it is open. Enough for the
-- hub to be told, when it accepts a referral, that a child on it already has an open case, and by whom it is led; never
-- the case's content. Never case-service's table.
CREATE TABLE family_case (
    case_id     uuid PRIMARY KEY,
    reference   text        NOT NULL,
    lead_agency text        NOT NULL,
    open        boolean     NOT NULL,
    opened_at   timestamptz NOT NULL,
    changed_at  timestamptz NOT NULL
);

CREATE TABLE family_case_person (
    case_id   uuid NOT NULL REFERENCES family_case (case_id),
    person_id uuid NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX family_case_person_person_idx ON family_case_person (person_id);
