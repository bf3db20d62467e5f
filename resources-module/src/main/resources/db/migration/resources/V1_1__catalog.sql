-- Resources module: the catalog scheduling books against. Owned by resources-module only.
CREATE SCHEMA IF NOT EXISTS resources;

CREATE TABLE resources.location (
    id          UUID             NOT NULL,
    name        VARCHAR(200)     NOT NULL,
    street      VARCHAR(200)     NOT NULL,
    city        VARCHAR(100)     NOT NULL,
    state       VARCHAR(2)       NOT NULL,
    zip         CHAR(5)          NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    time_zone   VARCHAR(64)      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT location_pk PRIMARY KEY (id),
    CONSTRAINT location_zip_format CHECK (zip ~ '^[0-9]{5}$'),
    CONSTRAINT location_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT location_longitude_range CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX location_by_name ON resources.location (name, id);
-- Radius searches first cut a bounding box on latitude, then compute exact distances.
CREATE INDEX location_by_latitude ON resources.location (latitude, longitude);

-- Weekly opening hours of a location, in its own zone; several rows per day allow a lunch break.
CREATE TABLE resources.opening_hours (
    location_id UUID     NOT NULL,
    day_of_week SMALLINT NOT NULL,
    opens       TIME     NOT NULL,
    closes      TIME     NOT NULL,
    CONSTRAINT opening_hours_pk PRIMARY KEY (location_id, day_of_week, opens),
    CONSTRAINT opening_hours_location_fk FOREIGN KEY (location_id) REFERENCES resources.location (id) ON DELETE CASCADE,
    CONSTRAINT opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT opening_hours_order CHECK (opens < closes)
);

CREATE TABLE resources.insurance_carrier (
    code VARCHAR(40)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT insurance_carrier_pk PRIMARY KEY (code)
);

CREATE TABLE resources.insurance_plan (
    code         VARCHAR(40)  NOT NULL,
    carrier_code VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    CONSTRAINT insurance_plan_pk PRIMARY KEY (code),
    CONSTRAINT insurance_plan_carrier_fk FOREIGN KEY (carrier_code) REFERENCES resources.insurance_carrier (code)
);

INSERT INTO resources.insurance_carrier (code, name) VALUES
    ('AETNA', 'Aetna'), ('BCBS', 'Blue Cross Blue Shield'), ('CIGNA', 'Cigna'),
    ('UHC', 'UnitedHealthcare'), ('HUMANA', 'Humana'), ('MEDICARE', 'Medicare'), ('MEDICAID', 'Medicaid');

INSERT INTO resources.insurance_plan (code, carrier_code, name) VALUES
    ('AETNA_PPO', 'AETNA', 'Aetna Open Access PPO'),
    ('AETNA_HMO', 'AETNA', 'Aetna HMO'),
    ('BCBS_PPO', 'BCBS', 'Blue Cross Blue Shield PPO'),
    ('BCBS_HMO', 'BCBS', 'Blue Cross Blue Shield HMO'),
    ('CIGNA_OAP', 'CIGNA', 'Cigna Open Access Plus'),
    ('CIGNA_PPO', 'CIGNA', 'Cigna PPO'),
    ('UHC_CHOICE_PLUS', 'UHC', 'UnitedHealthcare Choice Plus'),
    ('UHC_NAVIGATE', 'UHC', 'UnitedHealthcare Navigate HMO'),
    ('HUMANA_GOLD', 'HUMANA', 'Humana Gold Plus (Medicare Advantage)'),
    ('MEDICARE_B', 'MEDICARE', 'Original Medicare Part B'),
    ('MEDICAID', 'MEDICAID', 'State Medicaid');

CREATE TABLE resources.practitioner (
    id              UUID         NOT NULL,
    name            VARCHAR(200) NOT NULL,
    specialties     TEXT[]       NOT NULL,
    languages       TEXT[]       NOT NULL,
    insurance_plans TEXT[]       NOT NULL,
    rating          NUMERIC(2,1),
    review_count    INTEGER      NOT NULL,
    CONSTRAINT practitioner_pk PRIMARY KEY (id),
    CONSTRAINT practitioner_rating_range CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT practitioner_review_count CHECK (review_count >= 0)
);

CREATE INDEX practitioner_by_name ON resources.practitioner (name, id);
-- [jooq ignore start]
CREATE INDEX practitioner_by_specialty ON resources.practitioner USING gin (specialties);
CREATE INDEX practitioner_by_language ON resources.practitioner USING gin (languages);
CREATE INDEX practitioner_by_insurance ON resources.practitioner USING gin (insurance_plans);
-- [jooq ignore stop]

CREATE TABLE resources.practitioner_location (
    practitioner_id UUID NOT NULL,
    location_id     UUID NOT NULL,
    CONSTRAINT practitioner_location_pk PRIMARY KEY (practitioner_id, location_id),
    CONSTRAINT practitioner_location_practitioner_fk FOREIGN KEY (practitioner_id) REFERENCES resources.practitioner (id) ON DELETE CASCADE,
    CONSTRAINT practitioner_location_location_fk FOREIGN KEY (location_id) REFERENCES resources.location (id)
);

CREATE INDEX practitioner_location_by_location ON resources.practitioner_location (location_id, practitioner_id);

CREATE TABLE resources.room (
    id           UUID         NOT NULL,
    location_id  UUID         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    capabilities TEXT[]       NOT NULL,
    CONSTRAINT room_pk PRIMARY KEY (id),
    CONSTRAINT room_location_fk FOREIGN KEY (location_id) REFERENCES resources.location (id)
);

CREATE INDEX room_by_location ON resources.room (location_id, id);

CREATE TABLE resources.equipment (
    id          UUID         NOT NULL,
    location_id UUID         NOT NULL,
    type        VARCHAR(60)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    CONSTRAINT equipment_pk PRIMARY KEY (id),
    CONSTRAINT equipment_location_fk FOREIGN KEY (location_id) REFERENCES resources.location (id)
);

CREATE INDEX equipment_by_location ON resources.equipment (location_id, type);

-- Each unit has its own id because scheduling reserves units, not equipment kinds.
CREATE TABLE resources.equipment_unit (
    id           UUID         NOT NULL,
    equipment_id UUID         NOT NULL,
    position     SMALLINT     NOT NULL,
    label        VARCHAR(100) NOT NULL,
    CONSTRAINT equipment_unit_pk PRIMARY KEY (id),
    CONSTRAINT equipment_unit_equipment_fk FOREIGN KEY (equipment_id) REFERENCES resources.equipment (id) ON DELETE CASCADE
);

CREATE INDEX equipment_unit_by_equipment ON resources.equipment_unit (equipment_id, position);

CREATE TABLE resources.visit_type (
    id               UUID         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    specialty        VARCHAR(60)  NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    slot_minutes     INTEGER      NOT NULL,
    patients         VARCHAR(10)  NOT NULL,
    room_capability  VARCHAR(60),
    equipment_types  TEXT[]       NOT NULL,
    -- Where it is offered; empty means at every location that has the room and equipment it needs.
    location_ids     UUID[]       NOT NULL,
    CONSTRAINT visit_type_pk PRIMARY KEY (id),
    CONSTRAINT visit_type_duration CHECK (duration_minutes > 0),
    CONSTRAINT visit_type_slot CHECK (slot_minutes > 0),
    CONSTRAINT visit_type_patients CHECK (patients IN ('NEW', 'EXISTING', 'ANY'))
);

CREATE INDEX visit_type_by_name ON resources.visit_type (name, id);

-- Weekly rules: wall-clock times in the location's zone, so DST never shifts a shift.
CREATE TABLE resources.working_hours_rule (
    id              UUID     NOT NULL,
    practitioner_id UUID     NOT NULL,
    location_id     UUID     NOT NULL,
    day_of_week     SMALLINT NOT NULL,
    starts          TIME     NOT NULL,
    ends            TIME     NOT NULL,
    CONSTRAINT working_hours_rule_pk PRIMARY KEY (id),
    CONSTRAINT working_hours_rule_assignment_fk FOREIGN KEY (practitioner_id, location_id)
        REFERENCES resources.practitioner_location (practitioner_id, location_id) ON DELETE CASCADE,
    CONSTRAINT working_hours_rule_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT working_hours_rule_order CHECK (starts < ends)
);

CREATE INDEX working_hours_rule_by_assignment ON resources.working_hours_rule (practitioner_id, location_id);

-- Dated exceptions: TIME_OFF removes time (whole day when starts/ends are null), EXTRA adds hours.
CREATE TABLE resources.working_hours_exception (
    id              UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    day             DATE        NOT NULL,
    kind            VARCHAR(10) NOT NULL,
    starts          TIME,
    ends            TIME,
    CONSTRAINT working_hours_exception_pk PRIMARY KEY (id),
    CONSTRAINT working_hours_exception_assignment_fk FOREIGN KEY (practitioner_id, location_id)
        REFERENCES resources.practitioner_location (practitioner_id, location_id) ON DELETE CASCADE,
    CONSTRAINT working_hours_exception_kind CHECK (kind IN ('TIME_OFF', 'EXTRA'))
);

CREATE INDEX working_hours_exception_by_assignment ON resources.working_hours_exception (practitioner_id, location_id, day);
