-- Every referral adds people, and every submission searches the name indexes. With GIN's fast
-- update a new entry waits in a pending list until VACUUM or 4 MB of them, and every search reads
-- the whole list (under a morning's submissions: 22,000 pending entries, the largest cost in
-- PostgreSQL's profile of a POST). Written straight into the index instead, each insert costs a
-- little more and each search stays an index lookup.
ALTER INDEX referral_person_name_trgm_idx SET (fastupdate = off);
ALTER INDEX referral_person_undated_name_trgm_idx SET (fastupdate = off);
ALTER INDEX case_person_name_trgm_idx SET (fastupdate = off);
ALTER INDEX case_person_undated_name_trgm_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('referral_person_name_trgm_idx'::regclass),
       gin_clean_pending_list('referral_person_undated_name_trgm_idx'::regclass),
       gin_clean_pending_list('case_person_name_trgm_idx'::regclass),
       gin_clean_pending_list('case_person_undated_name_trgm_idx'::regclass);
