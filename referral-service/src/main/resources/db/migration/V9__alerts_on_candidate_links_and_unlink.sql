-- Issue 27 point 2 (decision 0054): alerts count strong unconfirmed matches, and a confirmed match can be undone.

-- The person id the referral's person had before the match was confirmed, so an unlink can give it back. Matches
-- confirmed before this migration take it from the history line the confirmation wrote ("person <minted> is known as
-- <candidate>").
ALTER TABLE person_match ADD COLUMN person_id_before uuid;
ALTER TABLE person_match ADD COLUMN unlink_reason text;
UPDATE person_match m
SET person_id_before = substring(h.detail from '^person ([0-9a-f-]{36}) is known as ')::uuid
FROM referral_history h
WHERE m.status = 'CONFIRMED'
  AND h.referral_id = m.referral_id
  AND h.action = 'person-linked'
  AND h.detail LIKE '% is known as ' || m.candidate_person_id::text;
-- Alerts look for strong pending matches from either side.
CREATE INDEX person_match_pending_candidate_idx ON person_match (candidate_person_id) WHERE status = 'SUGGESTED';
CREATE INDEX person_match_pending_person_idx ON person_match (referral_person_id) WHERE status = 'SUGGESTED';

-- An alert resting on strong unconfirmed matches says so and keeps the links it rests on; one that no longer meets
-- the rule after a rejection or an unlink is withdrawn with the reason.
ALTER TABLE concern_alert ADD COLUMN unconfirmed boolean NOT NULL DEFAULT false;
ALTER TABLE concern_alert ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE concern_alert ADD COLUMN withdrawn_reason text;

CREATE TABLE concern_alert_link (
    alert_id               uuid             NOT NULL REFERENCES concern_alert (id),
    match_id               uuid             NOT NULL REFERENCES person_match (id),
    referral_id            uuid             NOT NULL,
    candidate_referral_ids text             NOT NULL,
    score                  double precision NOT NULL,
    PRIMARY KEY (alert_id, match_id)
);
CREATE INDEX concern_alert_link_match_idx ON concern_alert_link (match_id);
CREATE INDEX concern_alert_referral_referral_idx ON concern_alert_referral (referral_id);
