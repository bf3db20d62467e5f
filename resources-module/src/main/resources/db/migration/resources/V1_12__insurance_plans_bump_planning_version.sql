-- Issue 15: search checks insurance plan codes against a copy every instance keeps in memory,
-- tagged with the planning version (docs/adr/0031). Carriers and plans now bump it too, once
-- per transaction at commit, as the tables of V1_11 do.
-- [jooq ignore start]
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['insurance_carrier', 'insurance_plan'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %1$s_bumps_planning_version'
            ' AFTER INSERT OR UPDATE OR DELETE ON resources.%1$s DEFERRABLE INITIALLY DEFERRED'
            ' FOR EACH ROW EXECUTE FUNCTION resources.bump_planning_version()', t);
        EXECUTE format('CREATE TRIGGER %1$s_truncate_bumps_planning_version AFTER TRUNCATE ON resources.%1$s'
            ' FOR EACH STATEMENT EXECUTE FUNCTION resources.bump_planning_version()', t);
    END LOOP;
END
$$;
-- [jooq ignore stop]
