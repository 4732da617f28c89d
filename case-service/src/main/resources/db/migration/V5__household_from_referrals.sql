-- referral.accepted now names every household member (given and family name, date of birth, relationship) and a child's
-- given and family name and exact date of birth; the projection of seen referrals keeps them, so that a case opened or
-- joined from the referral (also later, by hand) knows who everyone is. Rows seen before stay without them.
ALTER TABLE seen_referral_person ADD COLUMN given_name text;
ALTER TABLE seen_referral_person ADD COLUMN family_name text;
ALTER TABLE seen_referral_person ADD COLUMN date_of_birth date;
ALTER TABLE seen_referral_person ADD COLUMN relationship text;
