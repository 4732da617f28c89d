-- The lead agency of each case, from case-service's feed (decision 0065): the working roles of the lead agency of an
-- open case about a person may read the person's chronology. A case is open while open_case_member names it; the lead
-- is kept through a closure, so that a reopened case (case.reopened names no lead) is led by whoever led it.
CREATE TABLE case_lead (
    case_id     uuid PRIMARY KEY,
    lead_agency text NOT NULL
);

-- The case-membership consumer reads case-service's feed again from the start to learn the lead of every case there is;
-- what it did before (joins, closures) it does again in the same order, to the same effect.
DELETE FROM consumed_event WHERE consumer = 'case-membership';
UPDATE feed_cursor SET cursor = NULL, updated_at = now() WHERE consumer = 'case-membership';
