-- Issue 15 item 2: planning a hold or a booking reads the visit type, the practitioner, the
-- location, its rooms and equipment and the working hours (docs/adr/0026). Every instance
-- remembers them per catalog version; this second counter moves when a table the search map
-- of V1_10 does not need changes, so rooms, equipment, visit types and working hours do not
-- make every instance reload that map.
ALTER TABLE resources.catalog_version ADD COLUMN planning_version BIGINT NOT NULL DEFAULT 0;

-- [jooq ignore start]
-- Bumped once per transaction, at commit, for the same reasons as bump_catalog_version (V1_10).
CREATE FUNCTION resources.bump_planning_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('resources.planning_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE resources.catalog_version SET planning_version = planning_version + 1 WHERE id = 1;
        PERFORM set_config('resources.planning_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

-- One row trigger (deferred, as in V1_10) and one TRUNCATE trigger (which row triggers miss)
-- per table.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['room', 'equipment', 'equipment_unit', 'visit_type', 'working_hours_rule',
                             'working_hours_exception'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %1$s_bumps_planning_version'
            ' AFTER INSERT OR UPDATE OR DELETE ON resources.%1$s DEFERRABLE INITIALLY DEFERRED'
            ' FOR EACH ROW EXECUTE FUNCTION resources.bump_planning_version()', t);
        EXECUTE format('CREATE TRIGGER %1$s_truncate_bumps_planning_version AFTER TRUNCATE ON resources.%1$s'
            ' FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_planning_version()', t);
    END LOOP;
END
$$;
-- [jooq ignore stop]
