-- Retention and erasure (decision 0062). A sharing decision is never changed, and removed only by an erasure (its
-- retention period ended, or a data protection officer erased the person), which says so for its transaction with
-- set_config('earlyhelp.erasing', 'on', true); any other delete is still refused.
CREATE OR REPLACE FUNCTION sharing_decision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('earlyhelp.erasing', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'sharing decisions are never changed, and removed only by an erasure';
END $$;

-- Erasing a person takes their consents, lawful bases and the decisions resting on them in one transaction, in
-- whichever order the rules come: the references from a decision to its basis are checked at commit. The retention
-- job never erases a basis a kept decision rests on.
ALTER TABLE sharing_decision ALTER CONSTRAINT sharing_decision_lawful_basis_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE sharing_decision ALTER CONSTRAINT sharing_decision_consent_id_consent_version_fkey DEFERRABLE INITIALLY DEFERRED;

-- The retention rules' queues: ended consents, and decisions by date (sharing_decision_person serves the person).
CREATE INDEX consent_ended ON consent (ended_at) WHERE status IN ('withdrawn', 'expired');
CREATE INDEX sharing_decision_decided ON sharing_decision (decided_at);
CREATE INDEX sharing_decision_consent ON sharing_decision (consent_id) WHERE consent_id IS NOT NULL;
CREATE INDEX sharing_decision_lawful_basis ON sharing_decision (lawful_basis_id) WHERE lawful_basis_id IS NOT NULL;
