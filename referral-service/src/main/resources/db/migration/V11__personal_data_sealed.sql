-- Personal data is encrypted by the application (decision 0060): a referral's content and what an onward referral
-- shared are sealed JSON, so their columns hold text, not jsonb. Values already stored read as they are until the
-- re-encryption job seals them. Names, postcodes and free text were text already; the matching keys, dates of
-- birth and postcode districts stay in clear (the decision's table says why).
ALTER TABLE referral ALTER COLUMN content TYPE text USING content::text;
ALTER TABLE onward_referral ALTER COLUMN shared TYPE text USING shared::text;
