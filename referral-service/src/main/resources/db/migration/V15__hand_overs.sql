-- Hand-overs to the children's social care front door (decision 0064): an escalated referral, or one showing immediate
-- risk at submission, is handed over once; the front door acknowledges it and records its outcome. A referral returned to
-- early help may be escalated again, which makes a new hand-over, so a referral has at most one hand-over not returned.
CREATE TABLE hand_over (
    id                   uuid PRIMARY KEY,
    referral_id          uuid        NOT NULL REFERENCES referral (id),
    front_door_agency    text        NOT NULL,
    area                 text        NOT NULL,
    immediate_risk       boolean     NOT NULL,
    status               text        NOT NULL,
    handed_over_at       timestamptz NOT NULL,
    handed_over_by       text        NOT NULL,
    handed_over_by_name  text        NOT NULL,
    handed_over_by_agency text,
    because              text        NOT NULL,
    hub_reason           text,
    hub_reason_at        timestamptz,
    acknowledged_at      timestamptz,
    acknowledged_by      text,
    outcome              text,
    outcome_note         text,
    outcome_at           timestamptz,
    outcome_by           text,
    version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX hand_over_inbox_idx ON hand_over (front_door_agency, handed_over_at DESC);
CREATE UNIQUE INDEX hand_over_one_standing_per_referral ON hand_over (referral_id)
    WHERE outcome IS DISTINCT FROM 'NO_FURTHER_ACTION_RETURNED_TO_EARLY_HELP';

-- A referral the front door returned to early help: when, and the front door's note for the hub's queue.
ALTER TABLE referral ADD COLUMN returned_to_early_help_at timestamptz;
ALTER TABLE referral ADD COLUMN front_door_note text;
