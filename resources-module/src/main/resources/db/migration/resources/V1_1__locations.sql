-- Resources module: the catalog of locations. Owned by resources-module only.
CREATE SCHEMA IF NOT EXISTS resources;

CREATE TABLE resources.location (
    id          UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    zip         CHAR(5)      NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT location_pk PRIMARY KEY (id),
    CONSTRAINT location_zip_format CHECK (zip ~ '^[0-9]{5}$')
);

CREATE INDEX location_by_name ON resources.location (name, id);
