-- Onward referrals waiting for consent are asked about again when consent-service's feed says a consent about one of
-- their people changed (recheck_requested_at), and closed unsent (closed_at) once they have waited too long.
ALTER TABLE onward_referral ADD COLUMN recheck_requested_at timestamptz;
ALTER TABLE onward_referral ADD COLUMN closed_at timestamptz;
CREATE INDEX onward_referral_awaiting_idx ON onward_referral (created_at) WHERE status = 'AWAITING_CONSENT';
CREATE INDEX onward_referral_recheck_idx ON onward_referral (recheck_requested_at) WHERE recheck_requested_at IS NOT NULL;
