-- Waitlist module: patients waiting for an earlier slot.
CREATE SCHEMA IF NOT EXISTS waitlist;

CREATE TABLE waitlist.entry (
    id            UUID NOT NULL,
    patient_id    UUID NOT NULL,
    visit_type_id UUID NOT NULL,
    earliest_day  DATE NOT NULL,
    latest_day    DATE NOT NULL,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT entry_pk PRIMARY KEY (id),
    CONSTRAINT entry_window_ordered CHECK (latest_day >= earliest_day)
);

CREATE INDEX entry_by_patient ON waitlist.entry (patient_id, joined_at);
