-- The booking funnel as append-only facts. The old per-stage table never had a writer.
DROP TABLE analytics.funnel_step;

-- One row per fact: a tracked step (search, view) or a scheduling event (hold, booking).
-- Keyed by an id derived from the fact itself, so a replayed event is stored once.
-- Journeys are pseudonymous ids; no patient identity is stored here.
CREATE TABLE analytics.funnel_event (
    event_id        UUID        NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    journey_id      UUID        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    subject_id      UUID,
    hold_id         UUID,
    slot_start      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT funnel_event_pk PRIMARY KEY (event_id, occurred_at),
    CONSTRAINT funnel_event_kind_known CHECK (kind IN ('SEARCHED', 'VIEWED', 'HOLD_PLACED', 'HOLD_RELEASED',
        'HOLD_EXPIRED', 'BOOKED', 'CANCELLED', 'RESCHEDULED'))
)
-- [jooq ignore start]
PARTITION BY RANGE (occurred_at)
-- [jooq ignore stop]
;

CREATE INDEX funnel_event_by_time ON analytics.funnel_event (occurred_at, kind);
CREATE INDEX funnel_event_by_journey ON analytics.funnel_event (journey_id, occurred_at);

-- [jooq ignore start]
-- Creates the month's partition of funnel_event if it is missing. Serialised per month by
-- an advisory lock, so two instances recording the first event of a month cannot collide.
CREATE FUNCTION analytics.ensure_funnel_month(at TIMESTAMP WITH TIME ZONE) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    first_day TIMESTAMP := date_trunc('month', at AT TIME ZONE 'UTC');
    partition_name TEXT := 'funnel_event_' || to_char(first_day, 'YYYY_MM');
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('analytics.' || partition_name));
    EXECUTE format('CREATE TABLE IF NOT EXISTS analytics.%I PARTITION OF analytics.funnel_event '
        || 'FOR VALUES FROM (%L) TO (%L)', partition_name,
        first_day AT TIME ZONE 'UTC', (first_day + INTERVAL '1 month') AT TIME ZONE 'UTC');
END
$$;
-- [jooq ignore stop]

-- A journey as the API handed it out; linked to a patient's pseudonym once they sign in.
CREATE TABLE analytics.journey (
    journey_id  UUID        NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    patient_key VARCHAR(64),
    linked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT journey_pk PRIMARY KEY (journey_id)
);

CREATE INDEX journey_by_patient ON analytics.journey (patient_key, linked_at);

-- Facts per UTC day and dimension, maintained in the same transaction as each new fact
-- (never for a replay), so daily series and counts need no raw scan.
CREATE TABLE analytics.daily_count (
    day             DATE        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    events          BIGINT      NOT NULL
);

-- [jooq ignore start]
CREATE UNIQUE INDEX daily_count_key ON analytics.daily_count
    (day, kind, location_id, practitioner_id, visit_type_id, specialty) NULLS NOT DISTINCT;
-- [jooq ignore stop]

-- Hold outcomes are found by hold, refills by the freed slot.
CREATE INDEX funnel_event_by_subject ON analytics.funnel_event (subject_id);
CREATE INDEX funnel_event_by_slot ON analytics.funnel_event (practitioner_id, slot_start);
