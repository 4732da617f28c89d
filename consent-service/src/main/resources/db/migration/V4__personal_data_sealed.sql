-- Personal data is encrypted by the application (decision 0060): a date of birth that no query compares becomes
-- text, holding a sealed value. Dates already stored read as they are (ISO) until the re-encryption job seals them;
-- the other sealed columns were text already.
ALTER TABLE consent ALTER COLUMN person_birth_date TYPE text USING person_birth_date::text;
