-- Issue 28 point 1 (decision 0062): a referral accepted into a case is kept as its case, and erased when case-service's
-- feed says the case was erased (record.erased, recordType early-help-case). Which referrals each case holds, from the
-- referralIds of case.opened, case.referral-joined, case.closed and case.reopened. A referral whose case closed before
-- this migration knows its case already (referral.case_id, from case.closed).
CREATE TABLE family_case_referral (
    case_id     uuid NOT NULL,
    referral_id uuid NOT NULL,
    PRIMARY KEY (case_id, referral_id)
);
CREATE INDEX family_case_referral_referral_idx ON family_case_referral (referral_id);
