-- The partner-service directory, shaped like Open Referral UK 3.0 (HSDS 3.0): organisations run
-- services; services are delivered at locations, cover service areas and carry taxonomy terms.
-- Ids are UUIDs (ORUK requires them); nothing is ever hard-deleted: a service ends as 'defunct'.

-- Trigram similarity corrects misspelt search words against the directory's vocabulary (below).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without
-- superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organization (
    id                     uuid PRIMARY KEY,
    name                   text        NOT NULL,
    description            text        NOT NULL,
    email                  text,
    website                text,
    logo                   text,
    uri                    text,
    parent_organization_id uuid REFERENCES organization (id),
    -- The platform agency (Keycloak organisation alias) whose inbox receives onward referrals to
    -- this organisation's services; null for organisations that do not use the platform.
    agency_code            text UNIQUE,
    last_modified          timestamptz NOT NULL,
    version                bigint      NOT NULL DEFAULT 0,
    CONSTRAINT organization_name_present CHECK (name <> '')
);

CREATE TABLE taxonomy (
    id            uuid PRIMARY KEY,
    name          text   NOT NULL,
    description   text   NOT NULL,
    uri           text,
    version_label text,
    version       bigint NOT NULL DEFAULT 0
);

CREATE TABLE taxonomy_term (
    id          uuid PRIMARY KEY,
    taxonomy_id uuid   NOT NULL REFERENCES taxonomy (id),
    parent_id   uuid REFERENCES taxonomy_term (id),
    -- The term's code within its taxonomy (ORUK "term"), e.g. the need category 'housing'.
    code        text   NOT NULL,
    name        text   NOT NULL,
    description text   NOT NULL,
    term_uri    text,
    version     bigint NOT NULL DEFAULT 0,
    CONSTRAINT taxonomy_term_code_unique UNIQUE (taxonomy_id, code),
    CONSTRAINT taxonomy_term_not_own_parent CHECK (parent_id <> id)
);
CREATE INDEX taxonomy_term_parent ON taxonomy_term (parent_id);

CREATE TABLE location (
    id                       uuid PRIMARY KEY,
    location_type            text NOT NULL,
    name                     text,
    description              text,
    latitude                 double precision,
    longitude                double precision,
    external_identifier      text,
    external_identifier_type text,
    last_modified            timestamptz NOT NULL,
    version                  bigint NOT NULL DEFAULT 0,
    CONSTRAINT location_type_known CHECK (location_type IN ('physical', 'postal', 'virtual')),
    CONSTRAINT location_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT location_longitude_range CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT location_coordinates_whole CHECK ((latitude IS NULL) = (longitude IS NULL))
);
-- Proximity search prefilters on a bounding box before computing exact distances: a GiST index
-- on the point narrows both latitude and longitude at once (a btree would only narrow latitude
-- and then read a whole band across the country). Built-in geometry, no PostGIS needed.
CREATE INDEX location_point ON location USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL;

CREATE TABLE address (
    id             uuid PRIMARY KEY,
    location_id    uuid NOT NULL REFERENCES location (id),
    position       integer NOT NULL,
    attention      text,
    address_1      text NOT NULL,
    city           text NOT NULL,
    region         text,
    state_province text NOT NULL,
    postal_code    text NOT NULL,
    country        text NOT NULL,
    address_type   text NOT NULL,
    CONSTRAINT address_type_known CHECK (address_type IN ('physical', 'postal', 'virtual'))
);
CREATE INDEX address_location ON address (location_id);

CREATE TABLE service (
    id                uuid PRIMARY KEY,
    organization_id   uuid        NOT NULL REFERENCES organization (id),
    name              text        NOT NULL,
    description       text,
    url               text,
    email             text,
    status            text        NOT NULL,
    fees              text,
    accreditations    text,
    minimum_age       integer,
    maximum_age       integer,
    assured_date      date,
    assurer_email     text,
    alert             text,
    last_modified     timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0,
    -- Copied from the organisation, the service's terms and its areas by triggers (below), so that
    -- one row carries everything a search filters on and one GIN index serves each filter; the
    -- application never writes these.
    organization_name text        NOT NULL DEFAULT '',
    term_ids          uuid[]      NOT NULL DEFAULT '{}',
    districts         text[]      NOT NULL DEFAULT '{}',
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A')
        || setweight(to_tsvector('english', organization_name), 'B')
        || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
    CONSTRAINT service_name_present CHECK (name <> ''),
    CONSTRAINT service_status_known CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    CONSTRAINT service_ages_ordered CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
    CONSTRAINT service_ages_positive CHECK (coalesce(minimum_age, 0) >= 0 AND coalesce(maximum_age, 0) >= 0)
);
CREATE INDEX service_search_vector ON service USING gin (search_vector);
CREATE INDEX service_term_ids ON service USING gin (term_ids);
CREATE INDEX service_districts ON service USING gin (districts);
CREATE INDEX service_organization ON service (organization_id);
CREATE INDEX service_last_modified ON service (last_modified);
-- The default listing (listed services by name) reads its first page straight from this index.
CREATE INDEX service_listed_name ON service (name, id) WHERE status IN ('active', 'temporarily closed');
CREATE INDEX service_status ON service (status);
CREATE INDEX service_ages ON service (minimum_age, maximum_age);

CREATE FUNCTION service_copy_organization_name() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT o.name INTO NEW.organization_name FROM organization o WHERE o.id = NEW.organization_id;
    RETURN NEW;
END;
$$;

CREATE TRIGGER service_organization_name
    BEFORE INSERT OR UPDATE OF organization_id, organization_name ON service
    FOR EACH ROW EXECUTE FUNCTION service_copy_organization_name();

CREATE FUNCTION organization_rename_services() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service SET organization_name = NEW.name WHERE organization_id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER organization_name_to_services
    AFTER UPDATE OF name ON organization
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION organization_rename_services();

-- The search vocabulary: every lexeme any service's search vector has held. A search word that is
-- not in it is matched to its most similar lexemes (trigram similarity) before the full-text
-- search runs, so "parentng" finds "parenting" through the same GIN index. The vocabulary grows
-- with the words used, not with the number of services, which keeps typo correction cheap at
-- any size. Lexemes of edited-away text stay; they only ever match nothing.
CREATE TABLE search_lexeme (
    lexeme text PRIMARY KEY
);
CREATE INDEX search_lexeme_trgm ON search_lexeme USING gin (lexeme gin_trgm_ops);

CREATE FUNCTION service_collect_lexemes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_lexeme (lexeme)
    SELECT DISTINCT l FROM changed, unnest(tsvector_to_array(changed.search_vector)) AS l
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_lexemes_inserted AFTER INSERT ON service
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_collect_lexemes();

-- Updates only add the lexemes of rows whose text changed (most updates, e.g. the term_ids and
-- districts refreshes below, leave it alone).
CREATE FUNCTION service_collect_changed_lexemes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_lexeme (lexeme)
    SELECT DISTINCT l FROM changed JOIN before ON before.id = changed.id,
        unnest(tsvector_to_array(changed.search_vector)) AS l
    WHERE changed.search_vector IS DISTINCT FROM before.search_vector
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_lexemes_updated AFTER UPDATE ON service
    REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_collect_changed_lexemes();

-- What a person typed, as a tsquery over the search vectors: every word must match (AND), stemmed
-- like the vectors ('english'), stop words dropped; a word that is not in the vocabulary also
-- matches the three vocabulary lexemes most similar to it. NULL when nothing searchable is left.
CREATE FUNCTION directory_search_query(typed text) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    word  text;
    stems text[];
    stem  text;
    term  text;
    terms text[] := '{}';
BEGIN
    FOR word IN SELECT w FROM regexp_split_to_table(lower(typed), '[^[:alnum:]]+') AS w WHERE w <> '' LOOP
        stems := ts_lexize('english_stem', word);
        CONTINUE WHEN stems IS NULL OR cardinality(stems) = 0;
        stem := stems[1];
        IF EXISTS (SELECT 1 FROM search_lexeme WHERE lexeme = stem) THEN
            term := quote_literal(stem);
        ELSE
            SELECT string_agg(quote_literal(nearby.lexeme), ' | ') INTO term
            FROM (SELECT lexeme FROM search_lexeme WHERE lexeme % stem
                  ORDER BY similarity(lexeme, stem) DESC, lexeme LIMIT 3) AS nearby;
            term := CASE WHEN term IS NULL THEN quote_literal(stem) ELSE '(' || quote_literal(stem) || ' | ' || term || ')' END;
        END IF;
        terms := terms || term;
    END LOOP;
    RETURN CASE WHEN cardinality(terms) = 0 THEN NULL ELSE array_to_string(terms, ' & ')::tsquery END;
END;
$$;

CREATE TABLE service_at_location (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES service (id),
    location_id uuid NOT NULL REFERENCES location (id),
    CONSTRAINT service_at_location_once UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_location_location ON service_at_location (location_id);

CREATE TABLE service_area (
    id          uuid PRIMARY KEY,
    service_id  uuid NOT NULL REFERENCES service (id),
    position    integer NOT NULL,
    name        text,
    -- District code (e.g. 'eastmere') when the area is one of the county's districts: the
    -- platform's "who covers this district" filter.
    district    text,
    extent      text,
    extent_type text,
    uri         text
);
CREATE INDEX service_area_service ON service_area (service_id);

CREATE TABLE contact (
    id         uuid PRIMARY KEY,
    service_id uuid NOT NULL REFERENCES service (id),
    position   integer NOT NULL,
    name       text,
    title      text,
    email      text
);
CREATE INDEX contact_service ON contact (service_id);

CREATE TABLE phone (
    id          uuid PRIMARY KEY,
    contact_id  uuid NOT NULL REFERENCES contact (id),
    position    integer NOT NULL,
    number      text NOT NULL,
    description text
);
CREATE INDEX phone_contact ON phone (contact_id);

CREATE TABLE schedule (
    id             uuid PRIMARY KEY,
    service_id     uuid NOT NULL REFERENCES service (id),
    position       integer NOT NULL,
    valid_from     date,
    valid_to       date,
    dtstart        date,
    freq           text,
    interval       integer,
    byday          text,
    bymonthday     text,
    description    text,
    opens_at       time,
    closes_at      time,
    schedule_link  text,
    attending_type text,
    notes          text,
    CONSTRAINT schedule_freq_known CHECK (freq IN ('WEEKLY', 'MONTHLY'))
);
CREATE INDEX schedule_service ON schedule (service_id);

CREATE TABLE cost_option (
    id                 uuid PRIMARY KEY,
    service_id         uuid NOT NULL REFERENCES service (id),
    position           integer NOT NULL,
    valid_from         date,
    valid_to           date,
    option             text,
    amount             numeric(12, 2),
    amount_description text
);
CREATE INDEX cost_option_service ON cost_option (service_id);

CREATE TABLE language (
    id         uuid PRIMARY KEY,
    service_id uuid NOT NULL REFERENCES service (id),
    position   integer NOT NULL,
    name       text,
    code       text,
    note       text
);
CREATE INDEX language_service ON language (service_id);

-- ORUK "attribute": a taxonomy term attached to a service.
CREATE TABLE service_attribute (
    id               uuid PRIMARY KEY,
    service_id       uuid NOT NULL REFERENCES service (id),
    taxonomy_term_id uuid NOT NULL REFERENCES taxonomy_term (id),
    link_type        text,
    CONSTRAINT service_attribute_once UNIQUE (service_id, taxonomy_term_id)
);
CREATE INDEX service_attribute_term ON service_attribute (taxonomy_term_id);

-- service.term_ids and service.districts follow the service's attributes and areas. Statement
-- triggers with transition tables recompute each touched service once per statement, so a bulk
-- import costs one UPDATE, not one per row.
CREATE FUNCTION service_refresh_term_ids() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service s SET term_ids = coalesce((SELECT array_agg(DISTINCT a.taxonomy_term_id) FROM service_attribute a
                                              WHERE a.service_id = s.id), '{}')
    WHERE s.id IN (SELECT service_id FROM changed);
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_attribute_inserted AFTER INSERT ON service_attribute
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_term_ids();
CREATE TRIGGER service_attribute_updated AFTER UPDATE ON service_attribute
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_term_ids();
CREATE TRIGGER service_attribute_deleted AFTER DELETE ON service_attribute
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_term_ids();

CREATE FUNCTION service_refresh_districts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE service s SET districts = coalesce((SELECT array_agg(DISTINCT a.district) FROM service_area a
                                               WHERE a.service_id = s.id AND a.district IS NOT NULL), '{}')
    WHERE s.id IN (SELECT service_id FROM changed);
    RETURN NULL;
END;
$$;

CREATE TRIGGER service_area_inserted AFTER INSERT ON service_area
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_districts();
CREATE TRIGGER service_area_updated AFTER UPDATE ON service_area
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_districts();
CREATE TRIGGER service_area_deleted AFTER DELETE ON service_area
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION service_refresh_districts();

-- Offline postcode centroids for proximity search (demo districts only; a real deployment loads
-- ONS Postcode Directory data into the same table). Keys are upper case without spaces; an
-- outward code alone (e.g. 'NS1') is a key too and stands for its district's centre.
CREATE TABLE postcode (
    code      text PRIMARY KEY,
    latitude  double precision NOT NULL,
    longitude double precision NOT NULL,
    district  text NOT NULL
);
