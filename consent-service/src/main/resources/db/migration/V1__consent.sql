-- Consent records, their versions, lawful bases, the sharing decisions taken on them, and the
-- local projection of who participates for which person (built from referral and case events).

-- The current version of each consent record. Codes are checked here too, so that a bug in the
-- application can never store a status or purpose the decision rules do not know.
CREATE TABLE consent (
    id                  uuid PRIMARY KEY,
    version             integer NOT NULL,
    person_id           uuid NOT NULL,
    person_name         text NOT NULL,
    person_birth_date   date,
    grantor_kind        text NOT NULL CHECK (grantor_kind IN ('person', 'parent-with-parental-responsibility', 'competent-child')),
    grantor_name        text NOT NULL,
    method              text NOT NULL CHECK (method IN ('verbal', 'written', 'digital')),
    status              text NOT NULL CHECK (status IN ('active', 'refused', 'withdrawn', 'expired')),
    period_start        timestamptz NOT NULL,
    period_end          timestamptz,
    evidence_reference  text,
    recorded_by_user    text NOT NULL,
    recorded_by_name    text NOT NULL,
    recorded_by_agency  text NOT NULL,
    recorded_at         timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    ended_at            timestamptz,
    ended_by_name       text,
    end_reason          text,
    CONSTRAINT consent_period_ordered CHECK (period_end IS NULL OR period_end > period_start)
);

CREATE INDEX consent_person ON consent (person_id, recorded_at DESC);
-- The expiry job's work queue: consents that can still lapse.
CREATE INDEX consent_lapsing ON consent (period_end) WHERE status IN ('active', 'refused') AND period_end IS NOT NULL;

CREATE TABLE consent_provision (
    consent_id              uuid NOT NULL REFERENCES consent (id),
    position                integer NOT NULL,
    type                    text NOT NULL CHECK (type IN ('permit', 'deny')),
    purposes                text[] NOT NULL,
    recipient_agencies      text[] NOT NULL,
    recipient_agency_types  text[] NOT NULL,
    data_categories         text[] NOT NULL,
    period_start            timestamptz,
    period_end              timestamptz,
    PRIMARY KEY (consent_id, position),
    CONSTRAINT consent_provision_purposes_known CHECK (purposes <@ ARRAY['referral', 'early-help-assessment', 'team-around-family', 'onward-referral']),
    CONSTRAINT consent_provision_categories_known CHECK (data_categories <@ ARRAY['identity', 'contact', 'concerns', 'health', 'education', 'police-information', 'case-notes'])
);

-- Every version a consent record ever had, as it was then: decisions name the version they relied on.
CREATE TABLE consent_version (
    consent_id         uuid NOT NULL REFERENCES consent (id),
    version            integer NOT NULL,
    change             text NOT NULL CHECK (change IN ('recorded', 'amended', 'withdrawn', 'expired')),
    changed_at         timestamptz NOT NULL,
    changed_by_user    text,
    changed_by_name    text NOT NULL,
    changed_by_agency  text,
    reason             text,
    snapshot           text NOT NULL,
    PRIMARY KEY (consent_id, version)
);

CREATE TABLE lawful_basis (
    id                      uuid PRIMARY KEY,
    person_id               uuid NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('risk-of-significant-harm', 'prevention-detection-of-crime', 'vital-interests', 'legal-obligation')),
    justification           text NOT NULL,
    decided_by              text NOT NULL,
    decided_by_role         text,
    purposes                text[] NOT NULL,
    recipient_agencies      text[] NOT NULL,
    recipient_agency_types  text[] NOT NULL,
    data_categories         text[] NOT NULL,
    valid_from              timestamptz NOT NULL,
    valid_until             timestamptz,
    recorded_by_user        text NOT NULL,
    recorded_by_name        text NOT NULL,
    recorded_by_agency      text NOT NULL,
    recorded_at             timestamptz NOT NULL,
    CONSTRAINT lawful_basis_justified CHECK (length(btrim(justification)) > 0),
    CONSTRAINT lawful_basis_period_ordered CHECK (valid_until IS NULL OR valid_until > valid_from)
);

CREATE INDEX lawful_basis_person ON lawful_basis (person_id, recorded_at DESC);

-- Every decision, permit or deny, with its basis and reasons (golden rule 7). A permit names
-- exactly one basis: a consent version or a lawful basis.
CREATE TABLE sharing_decision (
    id                     uuid PRIMARY KEY,
    decided_at             timestamptz NOT NULL,
    asked_by_user          text NOT NULL,
    asked_by_name          text NOT NULL,
    asked_by_agency        text NOT NULL,
    person_id              uuid NOT NULL,
    recipient_agency       text NOT NULL,
    recipient_agency_type  text NOT NULL,
    purpose                text NOT NULL,
    data_categories        text[] NOT NULL,
    outcome                text NOT NULL CHECK (outcome IN ('permit', 'deny')),
    reasons                text[] NOT NULL,
    consent_id             uuid,
    consent_version        integer,
    lawful_basis_id        uuid REFERENCES lawful_basis (id),
    lawful_basis_kind      text,
    FOREIGN KEY (consent_id, consent_version) REFERENCES consent_version (consent_id, version),
    CONSTRAINT sharing_decision_has_reasons CHECK (cardinality(reasons) > 0),
    CONSTRAINT sharing_decision_permit_has_one_basis CHECK (
        outcome = 'deny' OR ((consent_id IS NULL) <> (lawful_basis_id IS NULL)))
);

CREATE INDEX sharing_decision_person ON sharing_decision (person_id, decided_at DESC);

-- A decision is a record of what was decided and why; it is never edited or removed.
CREATE FUNCTION sharing_decision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sharing decisions are never changed or removed';
END $$;

CREATE TRIGGER sharing_decision_no_update BEFORE UPDATE OR DELETE ON sharing_decision
    FOR EACH ROW EXECUTE FUNCTION sharing_decision_immutable();

-- Which agencies take part in work about a person, as the referral and case feeds tell it.
-- One row per reason (source) so that leaving one piece of work does not end the others.
CREATE TABLE participation (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  uuid NOT NULL,
    agency     text NOT NULL,
    source     text NOT NULL,
    since      timestamptz NOT NULL,
    CONSTRAINT participation_once UNIQUE (person_id, agency, source)
);

CREATE INDEX participation_agency ON participation (agency, person_id);
