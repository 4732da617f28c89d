-- The partner-service directory, shaped like Open Referral UK 3.0 (HSDS 3.0): organisations run
-- services; services are delivered at locations, cover service areas and carry taxonomy terms.
-- Ids are UUIDs (ORUK requires them); nothing is ever hard-deleted: a service ends as 'defunct'.

-- Trigram matching for typo-tolerant search. pg_trgm is a trusted extension (PostgreSQL 13+), so
-- the database owner may create it without superuser rights.
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
-- Proximity search prefilters on a bounding box before computing exact distances.
CREATE INDEX location_coordinates ON location (latitude, longitude) WHERE latitude IS NOT NULL;

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
    -- Copied from the organisation by triggers (below) so that one row carries everything the
    -- full-text and trigram indexes cover; the application never writes it.
    organization_name text        NOT NULL DEFAULT '',
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(name, '')), 'A')
        || setweight(to_tsvector('english', organization_name), 'B')
        || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
    search_text       text GENERATED ALWAYS AS (lower(name || ' ' || organization_name)) STORED,
    CONSTRAINT service_name_present CHECK (name <> ''),
    CONSTRAINT service_status_known CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    CONSTRAINT service_ages_ordered CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
    CONSTRAINT service_ages_positive CHECK (coalesce(minimum_age, 0) >= 0 AND coalesce(maximum_age, 0) >= 0)
);
CREATE INDEX service_search_vector ON service USING gin (search_vector);
CREATE INDEX service_search_text_trgm ON service USING gin (search_text gin_trgm_ops);
CREATE INDEX service_organization ON service (organization_id);
CREATE INDEX service_last_modified ON service (last_modified);
CREATE INDEX service_status_name ON service (status, name, id);
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
CREATE INDEX service_area_district ON service_area (district, service_id);

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
-- Term filters look services up by term: (term, service) serves "EXISTS ... term = ANY(...)".
CREATE INDEX service_attribute_term ON service_attribute (taxonomy_term_id, service_id);

-- Offline postcode centroids for proximity search (demo districts only; a real deployment loads
-- ONS Postcode Directory data into the same table). Keys are upper case without spaces; an
-- outward code alone (e.g. 'NS1') is a key too and stands for its district's centre.
CREATE TABLE postcode (
    code      text PRIMARY KEY,
    latitude  double precision NOT NULL,
    longitude double precision NOT NULL,
    district  text NOT NULL
);
