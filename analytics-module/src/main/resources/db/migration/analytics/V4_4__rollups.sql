-- Aggregates the dashboard reads instead of scanning raw facts. Each is maintained in the
-- same transaction as the new fact it follows from (never for a replay), and
-- analytics.rebuild_rollups() recomputes all of them from funnel_event alone: the raw facts
-- stay the only truth (see ADR 0013).

-- Waitlist offers join the facts: the kind list grows, and an accepted offer names its booking.
ALTER TABLE analytics.funnel_event DROP CONSTRAINT funnel_event_kind_known;
ALTER TABLE analytics.funnel_event ADD CONSTRAINT funnel_event_kind_known CHECK (kind IN ('SEARCHED', 'VIEWED',
    'HOLD_PLACED', 'HOLD_RELEASED', 'HOLD_EXPIRED', 'BOOKED', 'CANCELLED', 'RESCHEDULED', 'OFFERED',
    'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_LAPSED', 'OFFER_WITHDRAWN'));
ALTER TABLE analytics.funnel_event ADD COLUMN appointment_id UUID;

-- A journey's first fact of each funnel step (ties by event id), with that fact's dimensions.
CREATE TABLE analytics.journey_reach (
    journey_id      UUID        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    first_event     UUID        NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    CONSTRAINT journey_reach_pk PRIMARY KEY (journey_id, kind)
);

CREATE INDEX journey_reach_by_time ON analytics.journey_reach (kind, first_at);
CREATE INDEX journey_reach_by_practitioner ON analytics.journey_reach (practitioner_id, first_at);

-- First reaches per UTC day and dimension; and the same without practitioner and visit type,
-- which is what network and location dashboards read (a few hundred rows a day).
CREATE TABLE analytics.daily_reach (
    day             DATE        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    journeys        BIGINT      NOT NULL
);

CREATE TABLE analytics.daily_reach_by_location (
    day         DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    location_id UUID,
    specialty   VARCHAR(64),
    journeys    BIGINT      NOT NULL
);

CREATE TABLE analytics.daily_count_by_location (
    day         DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    location_id UUID,
    specialty   VARCHAR(64),
    events      BIGINT      NOT NULL
);

-- [jooq ignore start]
CREATE UNIQUE INDEX daily_reach_key ON analytics.daily_reach
    (day, kind, location_id, practitioner_id, visit_type_id, specialty) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX daily_reach_by_location_key ON analytics.daily_reach_by_location
    (day, kind, location_id, specialty) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX daily_count_by_location_key ON analytics.daily_count_by_location
    (day, kind, location_id, specialty) NULLS NOT DISTINCT;
-- [jooq ignore stop]
CREATE INDEX daily_reach_by_practitioner ON analytics.daily_reach (practitioner_id, day);
CREATE INDEX daily_count_by_practitioner ON analytics.daily_count (practitioner_id, day);

-- A journey that searched and then booked: its first search and first booking, with the
-- booking's dimensions. Time to book and its medians are read from here.
CREATE TABLE analytics.conversion (
    journey_id      UUID NOT NULL,
    searched_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    CONSTRAINT conversion_pk PRIMARY KEY (journey_id)
);

CREATE INDEX conversion_by_time ON analytics.conversion (booked_at);

-- What became of a hold or a waitlist offer: placed/offered when and where, how it ended.
-- Either fact may arrive first, so both columns may be null for a while.
CREATE TABLE analytics.outcome (
    subject_id      UUID        NOT NULL,
    subject         VARCHAR(8)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    ended_kind      VARCHAR(16),
    ended_at        TIMESTAMP WITH TIME ZONE,
    appointment_id  UUID,
    CONSTRAINT outcome_pk PRIMARY KEY (subject_id),
    CONSTRAINT outcome_subject_known CHECK (subject IN ('HOLD', 'OFFER'))
);

CREATE INDEX outcome_by_time ON analytics.outcome (subject, started_at);
CREATE INDEX outcome_by_appointment ON analytics.outcome (appointment_id);

-- A cancellation and the first later booking of the same practitioner and slot start.
CREATE TABLE analytics.cancellation (
    event_id           UUID NOT NULL,
    cancelled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    location_id        UUID,
    practitioner_id    UUID,
    visit_type_id      UUID,
    specialty          VARCHAR(64),
    slot_start         TIMESTAMP WITH TIME ZONE,
    refilled_at        TIMESTAMP WITH TIME ZONE,
    refill_appointment UUID,
    CONSTRAINT cancellation_pk PRIMARY KEY (event_id)
);

CREATE INDEX cancellation_by_time ON analytics.cancellation (cancelled_at);
CREATE INDEX cancellation_by_slot ON analytics.cancellation (practitioner_id, slot_start);

-- Who booked (a pseudonym) and where, so only the booking's patient may pledge for it.
CREATE TABLE analytics.booking_owner (
    appointment_id UUID        NOT NULL,
    patient_key    VARCHAR(64) NOT NULL,
    location_id    UUID        NOT NULL,
    CONSTRAINT booking_owner_pk PRIMARY KEY (appointment_id)
);

-- Facts the listing by location reads.
CREATE INDEX funnel_event_by_location ON analytics.funnel_event (location_id, occurred_at);

-- [jooq ignore start]
-- Recomputes every aggregate from funnel_event alone. Used after bulk loads and to repair;
-- the rollup tests compare the incrementally kept aggregates with what this produces.
CREATE FUNCTION analytics.rebuild_rollups() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE analytics.journey_reach, analytics.daily_reach, analytics.daily_reach_by_location,
        analytics.daily_count, analytics.daily_count_by_location, analytics.conversion, analytics.outcome,
        analytics.cancellation;
    INSERT INTO analytics.journey_reach (journey_id, kind, first_at, first_event, location_id, practitioner_id,
        visit_type_id, specialty)
    SELECT DISTINCT ON (journey_id, kind) journey_id, kind, occurred_at, event_id, location_id, practitioner_id,
        visit_type_id, specialty
    FROM analytics.funnel_event WHERE kind IN ('SEARCHED', 'VIEWED', 'HOLD_PLACED', 'BOOKED')
    ORDER BY journey_id, kind, occurred_at, event_id;
    INSERT INTO analytics.daily_reach (day, kind, location_id, practitioner_id, visit_type_id, specialty, journeys)
    SELECT (first_at AT TIME ZONE 'UTC')::date, kind, location_id, practitioner_id, visit_type_id, specialty, count(*)
    FROM analytics.journey_reach GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO analytics.daily_reach_by_location (day, kind, location_id, specialty, journeys)
    SELECT day, kind, location_id, specialty, sum(journeys) FROM analytics.daily_reach GROUP BY 1, 2, 3, 4;
    INSERT INTO analytics.daily_count (day, kind, location_id, practitioner_id, visit_type_id, specialty, events)
    SELECT (occurred_at AT TIME ZONE 'UTC')::date, kind, location_id, practitioner_id, visit_type_id, specialty,
        count(*)
    FROM analytics.funnel_event GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO analytics.daily_count_by_location (day, kind, location_id, specialty, events)
    SELECT day, kind, location_id, specialty, sum(events) FROM analytics.daily_count GROUP BY 1, 2, 3, 4;
    INSERT INTO analytics.conversion (journey_id, searched_at, booked_at, location_id, practitioner_id,
        visit_type_id, specialty)
    SELECT b.journey_id, s.first_at, b.first_at, b.location_id, b.practitioner_id, b.visit_type_id, b.specialty
    FROM analytics.journey_reach b
    JOIN analytics.journey_reach s ON s.journey_id = b.journey_id AND s.kind = 'SEARCHED'
    WHERE b.kind = 'BOOKED' AND s.first_at <= b.first_at;
    INSERT INTO analytics.outcome (subject_id, subject, started_at, location_id, practitioner_id, visit_type_id,
        specialty, ended_kind, ended_at, appointment_id)
    SELECT coalesce(s.subject_id, e.subject_id), coalesce(s.subject, e.subject), s.occurred_at, s.location_id,
        s.practitioner_id, s.visit_type_id, s.specialty, e.kind, e.occurred_at, e.appointment_id
    FROM (SELECT DISTINCT ON (subject_id) subject_id, CASE kind WHEN 'HOLD_PLACED' THEN 'HOLD' ELSE 'OFFER' END
            AS subject, occurred_at, location_id, practitioner_id, visit_type_id, specialty
          FROM analytics.funnel_event WHERE kind IN ('HOLD_PLACED', 'OFFERED')
          ORDER BY subject_id, occurred_at, event_id) s
    FULL JOIN (SELECT DISTINCT ON (subject_id) subject_id,
            CASE WHEN kind LIKE 'HOLD%' THEN 'HOLD' ELSE 'OFFER' END AS subject, kind, occurred_at, appointment_id
          FROM analytics.funnel_event
          WHERE kind IN ('HOLD_RELEASED', 'HOLD_EXPIRED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OFFER_LAPSED',
            'OFFER_WITHDRAWN')
          ORDER BY subject_id, occurred_at, event_id) e ON e.subject_id = s.subject_id;
    INSERT INTO analytics.cancellation (event_id, cancelled_at, location_id, practitioner_id, visit_type_id,
        specialty, slot_start, refilled_at, refill_appointment)
    SELECT c.event_id, c.occurred_at, c.location_id, c.practitioner_id, c.visit_type_id, c.specialty, c.slot_start,
        r.occurred_at, r.subject_id
    FROM analytics.funnel_event c
    LEFT JOIN LATERAL (SELECT b.occurred_at, b.subject_id FROM analytics.funnel_event b
        WHERE b.kind = 'BOOKED' AND b.practitioner_id = c.practitioner_id AND b.slot_start = c.slot_start
          AND b.occurred_at > c.occurred_at
        ORDER BY b.occurred_at, b.event_id LIMIT 1) r ON TRUE
    WHERE c.kind = 'CANCELLED';
END
$$;
-- [jooq ignore stop]
