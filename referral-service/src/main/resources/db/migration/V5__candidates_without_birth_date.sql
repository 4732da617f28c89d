-- "Known to services" looks only at people born on the same day or with no date of birth
-- recorded when the new person's date of birth is known (CandidateSearch): the same day comes
-- from the (date_of_birth, postcode_key) index; these partial indexes find the people without a
-- date of birth by name and by sound, without reading every undated person.
CREATE INDEX referral_person_undated_name_trgm_idx ON referral_person USING gin (name_key gin_trgm_ops)
    WHERE date_of_birth IS NULL;
CREATE INDEX referral_person_undated_phonetic_idx ON referral_person (phonetic_key) WHERE date_of_birth IS NULL;
CREATE INDEX case_person_undated_name_trgm_idx ON case_person USING gin (name_key gin_trgm_ops) WHERE date_of_birth IS NULL;
CREATE INDEX case_person_undated_phonetic_idx ON case_person (phonetic_key) WHERE date_of_birth IS NULL;
