-- Issue 15: search keeps the practitioners and locations in memory (docs/adr/0025). Every
-- instance checks this one number per search and reloads when it moved, so a change made
-- by any instance, any write path or a plain SQL script is seen by all of them.
CREATE TABLE resources.catalog_version (
    id      SMALLINT NOT NULL,
    version BIGINT   NOT NULL,
    CONSTRAINT catalog_version_pk PRIMARY KEY (id),
    CONSTRAINT catalog_version_single_row CHECK (id = 1)
);

INSERT INTO resources.catalog_version (id, version) VALUES (1, 0);

-- [jooq ignore start]
-- Bumped once per transaction, at commit (deferred constraint triggers): the row lock is
-- taken last, so a writer never waits for it while holding other catalog rows (no deadlock
-- between two catalog transactions), and a bulk seed updates the row once, not once per row.
CREATE FUNCTION resources.bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('resources.catalog_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE resources.catalog_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('resources.catalog_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER practitioner_bumps_catalog_version
    AFTER INSERT OR UPDATE OR DELETE ON resources.practitioner
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION resources.bump_catalog_version();
CREATE CONSTRAINT TRIGGER practitioner_location_bumps_catalog_version
    AFTER INSERT OR UPDATE OR DELETE ON resources.practitioner_location
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION resources.bump_catalog_version();
CREATE CONSTRAINT TRIGGER location_bumps_catalog_version
    AFTER INSERT OR UPDATE OR DELETE ON resources.location
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION resources.bump_catalog_version();
CREATE CONSTRAINT TRIGGER opening_hours_bumps_catalog_version
    AFTER INSERT OR UPDATE OR DELETE ON resources.opening_hours
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION resources.bump_catalog_version();

-- TRUNCATE fires no row triggers (tests empty tables this way).
CREATE TRIGGER practitioner_truncate_bumps_catalog_version AFTER TRUNCATE ON resources.practitioner
    FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_catalog_version();
CREATE TRIGGER practitioner_location_truncate_bumps_catalog_version AFTER TRUNCATE ON resources.practitioner_location
    FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_catalog_version();
CREATE TRIGGER location_truncate_bumps_catalog_version AFTER TRUNCATE ON resources.location
    FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_catalog_version();
CREATE TRIGGER opening_hours_truncate_bumps_catalog_version AFTER TRUNCATE ON resources.opening_hours
    FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_catalog_version();
-- [jooq ignore stop]
