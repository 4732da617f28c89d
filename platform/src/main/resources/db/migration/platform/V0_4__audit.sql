-- Audit trail: who read or changed which personal data, when, why, and with what outcome.
--
-- Rows are appended without a hash so that writers never wait on each other. The sealer
-- (org.earlyhelp.platform.audit.AuditSealer) later gives each committed row its place in the
-- chain (seal_seq), the hash of the row before it (prev_hash) and its own hash over its
-- canonical content (see org.earlyhelp.platform.audit.CanonicalContent for the exact bytes).
--
-- The triggers below keep the table append-only for the application. A superuser or the table
-- owner can still bypass them (DISABLE TRIGGER, session_replication_role = replica, dropping
-- them); that is what GET /api/audit/<context>/verify exists to detect.

CREATE TABLE audit_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    user_id       text,
    username      text,
    agency        text,
    roles         text[] NOT NULL DEFAULT '{}',
    action        text NOT NULL,
    resource_type text NOT NULL,
    resource_id   text,
    person_ids    uuid[] NOT NULL DEFAULT '{}',
    purpose       text,
    outcome       text NOT NULL,
    request_id    text,
    -- The inserting (top-level) transaction: the sealer only chains rows whose transaction is
    -- older than every transaction still running, so a late commit can never slot in before
    -- a row that is already sealed. Set by the insert trigger, never by the application.
    txid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seal_seq      bigint,
    prev_hash     bytea,
    hash          bytea,
    CONSTRAINT audit_event_action_present CHECK (action <> ''),
    CONSTRAINT audit_event_resource_type_present CHECK (resource_type <> ''),
    CONSTRAINT audit_event_outcome_known CHECK (outcome IN ('success', 'denied', 'not-found', 'error')),
    CONSTRAINT audit_event_roles_no_nulls CHECK (array_position(roles, NULL) IS NULL),
    CONSTRAINT audit_event_person_ids_no_nulls CHECK (array_position(person_ids, NULL) IS NULL),
    CONSTRAINT audit_event_sealed_whole CHECK ((seal_seq IS NULL) = (hash IS NULL)),
    CONSTRAINT audit_event_seal_seq_unique UNIQUE (seal_seq)
);

COMMENT ON TABLE audit_event IS
    'Append-only, hash-chained audit trail. Verify with GET /api/audit/<context>/verify.';

-- Query filters of GET /api/audit/<context>: newest first, optionally narrowed.
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at, id);
CREATE INDEX audit_event_person_ids ON audit_event USING gin (person_ids);
CREATE INDEX audit_event_agency ON audit_event (agency, occurred_at);
CREATE INDEX audit_event_resource ON audit_event (resource_type, resource_id, occurred_at);
CREATE INDEX audit_event_user ON audit_event (user_id, occurred_at);
CREATE INDEX audit_event_outcome ON audit_event (outcome, occurred_at);
-- The sealer's work queue; stays small because rows leave it within seconds.
CREATE INDEX audit_event_unsealed ON audit_event (txid, id) WHERE seal_seq IS NULL;

-- The head of the chain, one row. The sealer locks it (FOR UPDATE SKIP LOCKED), so with several
-- replicas exactly one seals at a time while the others skip the round. Verification compares
-- the end of the chain with it, which makes removing the newest rows detectable too.
CREATE TABLE audit_seal (
    id        smallint PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_hash bytea,
    sealed_at timestamptz,
    CONSTRAINT audit_seal_single_row CHECK (id = 1)
);

INSERT INTO audit_seal (id, last_seq) VALUES (1, 0);

CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    expected audit_event;
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Whatever the writer sent, a new row is unsealed and belongs to its own transaction.
        NEW.txid := pg_current_xact_id();
        NEW.seal_seq := NULL;
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.seal_seq IS NULL AND NEW.seal_seq IS NOT NULL AND NEW.hash IS NOT NULL THEN
        -- Sealing: only the seal columns may change, once. Comparing whole rows keeps any
        -- column added later protected without touching this function.
        expected := OLD;
        expected.seal_seq := NEW.seal_seq;
        expected.prev_hash := NEW.prev_hash;
        expected.hash := NEW.hash;
        IF NEW IS NOT DISTINCT FROM expected THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE INSERT OR UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE FUNCTION audit_seal_forward_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.last_seq > OLD.last_seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_seal only moves forward: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_seal_forward_only
    BEFORE INSERT OR UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_seal_forward_only();

CREATE FUNCTION audit_refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: TRUNCATE refused', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_truncate();

CREATE TRIGGER audit_seal_no_truncate
    BEFORE TRUNCATE ON audit_seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_truncate();
