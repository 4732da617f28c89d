-- Issue 27: a child referred without a known date of birth (a year, an approximate age, or nothing) is kept as the
-- earliest and latest day they can have been born (both the date itself when it is known), and matching compares
-- ranges rather than treating an estimate as another person. case-service's people always have a date or nothing.
ALTER TABLE referral_person
    ADD COLUMN born_earliest date,
    ADD COLUMN born_latest   date,
    ADD COLUMN family_key    text NOT NULL DEFAULT '';
UPDATE referral_person SET born_earliest = date_of_birth, born_latest = date_of_birth WHERE date_of_birth IS NOT NULL;

ALTER TABLE case_person
    ADD COLUMN born_earliest date GENERATED ALWAYS AS (date_of_birth) STORED,
    ADD COLUMN born_latest   date GENERATED ALWAYS AS (date_of_birth) STORED,
    ADD COLUMN family_key    text NOT NULL DEFAULT '';

-- The surname as NameKeys.family writes it (letters such as Ł made plain, accents and punctuation dropped, lower
-- case), so a nickname or an Irish spelling of a first name is found among the same surname at the same postcode.
UPDATE referral_person SET family_key = trim(regexp_replace(replace(replace(lower(regexp_replace(normalize(
        replace(replace(replace(replace(replace(replace(replace(replace(
            translate(last_name, 'ŁłØøĐđÐðı', 'LlOoDdDdi'),
            'ß', 'ss'), 'Æ', 'Ae'), 'æ', 'ae'), 'Œ', 'Oe'), 'œ', 'oe'), 'Þ', 'Th'), 'þ', 'th'), '''', ''),
        NFD), '[\u0300-\u036f]', '', 'g')), '''', ''), '’', ''), '[^a-z]+', ' ', 'g'));
UPDATE case_person SET family_key = trim(regexp_replace(replace(replace(lower(regexp_replace(normalize(
        replace(replace(replace(replace(replace(replace(replace(replace(
            translate(last_name, 'ŁłØøĐđÐðı', 'LlOoDdDdi'),
            'ß', 'ss'), 'Æ', 'Ae'), 'æ', 'ae'), 'Œ', 'Oe'), 'œ', 'oe'), 'Þ', 'Th'), 'þ', 'th'), '''', ''),
        NFD), '[\u0300-\u036f]', '', 'g')), '''', ''), '’', ''), '[^a-z]+', ' ', 'g'));

CREATE INDEX referral_person_family_postcode_idx ON referral_person (family_key, postcode_key);
CREATE INDEX case_person_family_postcode_idx ON case_person (family_key, postcode_key);
