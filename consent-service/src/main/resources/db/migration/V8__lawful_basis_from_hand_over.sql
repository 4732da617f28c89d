-- A lawful basis recorded from referral-service's referral.handed-over event (decision 0064): the hand-over it rests on,
-- at most one per hand-over and person however often the event is delivered.
ALTER TABLE lawful_basis ADD COLUMN hand_over_id uuid;
CREATE UNIQUE INDEX lawful_basis_one_per_hand_over ON lawful_basis (hand_over_id, person_id) WHERE hand_over_id IS NOT NULL;
