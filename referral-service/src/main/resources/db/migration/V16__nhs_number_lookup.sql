-- Issue 29 point 4, decision 0066: the hub finds a person by NHS number alone, and the number stays sealed in the
-- referral's content. Each person carries a lookup value instead: HMAC-SHA256 of the 10 digits under the service's
-- lookup key (platform LookupKey), '' for a person without an NHS number. null only for a row written before this
-- migration, or by an instance of the previous version during a rolling update, until NhsNumberBackfill reaches it
-- (every minute; it opens the referral's content, which no SQL can). Erased with its row.
ALTER TABLE referral_person ADD COLUMN nhs_number_lookup text;
CREATE INDEX referral_person_nhs_number_lookup ON referral_person (nhs_number_lookup);
CREATE INDEX referral_person_nhs_number_pending ON referral_person (referral_id) WHERE nhs_number_lookup IS NULL;
