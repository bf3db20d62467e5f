-- Issue 13, item 6 (HIPAA 164.312(b)): who read or changed which patient's data, when, from where.
-- Append-only: the triggers below refuse UPDATE and TRUNCATE always, and DELETE of any row younger
-- than 30 days, so only the retention job (ADR 0016) ever removes rows, and only old ones.
CREATE TABLE scheduling.phi_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the token subject; null for the system (scheduled jobs, event listeners)
    actor       UUID,
    role        VARCHAR(16)  NOT NULL,
    patient_id  UUID         NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    -- what was touched: appointment, appointments, hold, waitlist entry, waitlist offer ...
    subject     VARCHAR(32)  NOT NULL,
    subject_id  UUID,
    -- a change's before and after (e.g. an appointment's time), as text
    change_from VARCHAR(200),
    change_to   VARCHAR(200),
    request_id  VARCHAR(64),
    client_ip   VARCHAR(64),
    CONSTRAINT phi_audit_pk PRIMARY KEY (id),
    CONSTRAINT phi_audit_action_known CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'CANCEL', 'EXPIRE'))
);

CREATE INDEX phi_audit_by_time ON scheduling.phi_audit (at, id);
CREATE INDEX phi_audit_by_patient ON scheduling.phi_audit (patient_id, at);
CREATE INDEX phi_audit_by_subject ON scheduling.phi_audit (subject_id, at);

-- [jooq ignore start]
CREATE FUNCTION scheduling.phi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < now() - interval '30 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'scheduling.phi_audit is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER phi_audit_no_update_or_early_delete BEFORE UPDATE OR DELETE ON scheduling.phi_audit
    FOR EACH ROW EXECUTE FUNCTION scheduling.phi_audit_append_only();
CREATE TRIGGER phi_audit_no_truncate BEFORE TRUNCATE ON scheduling.phi_audit
    FOR EACH STATEMENT EXECUTE FUNCTION scheduling.phi_audit_append_only();
-- [jooq ignore stop]
