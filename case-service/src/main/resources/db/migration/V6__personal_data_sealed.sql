-- Personal data is encrypted by the application (decision 0060): a date of birth that no query compares becomes
-- text, holding a sealed value. Dates already stored read as they are (ISO) until the re-encryption job seals them;
-- the other sealed columns (names, postcode, relationship, notes, descriptions, summaries, reasons) were text already.
ALTER TABLE case_person ALTER COLUMN date_of_birth TYPE text USING date_of_birth::text;
ALTER TABLE seen_referral_person ALTER COLUMN date_of_birth TYPE text USING date_of_birth::text;
