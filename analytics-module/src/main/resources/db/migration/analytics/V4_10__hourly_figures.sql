-- Hourly aggregates at every grain the dashboard filters by, recorded in one server-side
-- call per fact (ADR 0021). They replace the daily rollups: hours make hourly series and a
-- location's own days (whole-hour offsets) exact sums, and a per-grain row keeps the
-- network's and one practitioner's figures a few thousand rows for a month.

DROP TABLE analytics.daily_count;
DROP TABLE analytics.daily_count_by_location;
DROP TABLE analytics.daily_reach;
DROP TABLE analytics.daily_reach_by_location;

-- figure: FACT (facts per kind), REACH (journeys first reaching a step), HOLD (kind PLACED
-- or ABANDONED: holds by the hour they were placed, with the placement's dimensions).
-- grain: which dimensions the row keeps (NETWORK none, ALL four, otherwise the one named);
-- a fact is added once at each grain. shard: a row that names no practitioner (the
-- network's, a location's, every search's) is spread over eight by journey (by hold for
-- HOLD), so concurrent ingests of the current hour do not queue on one row lock; a
-- practitioner's rows are rarely raced and stay one (shard 0).
CREATE TABLE analytics.hourly_figure (
    grain           VARCHAR(12) NOT NULL,
    hour            TIMESTAMP WITH TIME ZONE NOT NULL,
    figure          VARCHAR(8)  NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    location_id     UUID,
    practitioner_id UUID,
    visit_type_id   UUID,
    specialty       VARCHAR(64),
    shard           SMALLINT    NOT NULL,
    n               BIGINT      NOT NULL,
    CONSTRAINT hourly_figure_grain_known CHECK (grain IN ('NETWORK', 'LOCATION', 'PRACTITIONER', 'VISIT_TYPE',
        'SPECIALTY', 'ALL'))
);

-- [jooq ignore start]
CREATE UNIQUE INDEX hourly_figure_key ON analytics.hourly_figure
    (grain, hour, figure, kind, location_id, practitioner_id, visit_type_id, specialty, shard) NULLS NOT DISTINCT;
-- [jooq ignore stop]
CREATE INDEX hourly_figure_by_location ON analytics.hourly_figure (grain, location_id, hour);
CREATE INDEX hourly_figure_by_practitioner ON analytics.hourly_figure (grain, practitioner_id, hour);
CREATE INDEX hourly_figure_by_visit_type ON analytics.hourly_figure (grain, visit_type_id, hour);
CREATE INDEX hourly_figure_by_specialty ON analytics.hourly_figure (grain, specialty, hour);

-- Time to book and its medians read only the conversion rows of the period: index-only.
DROP INDEX analytics.conversion_by_time;
CREATE INDEX conversion_by_time ON analytics.conversion (booked_at)
    INCLUDE (searched_at, location_id, practitioner_id, visit_type_id, specialty);
CREATE INDEX conversion_by_practitioner ON analytics.conversion (practitioner_id, booked_at) INCLUDE (searched_at);

-- [jooq ignore start]
CREATE FUNCTION analytics.figure_shard(p_key UUID) RETURNS SMALLINT
LANGUAGE sql IMMUTABLE AS $$ SELECT (abs(hashtextextended(p_key::text, 0)) % 8)::smallint $$;

-- Adds delta to a figure at every grain, in key order (two ingests lock rows in the same order).
CREATE FUNCTION analytics.add_figure(p_figure TEXT, p_kind TEXT, p_at TIMESTAMP WITH TIME ZONE, p_shard_key UUID,
    p_location UUID, p_practitioner UUID, p_visit_type UUID, p_specialty TEXT, p_delta BIGINT) RETURNS VOID
LANGUAGE sql AS $$
    INSERT INTO analytics.hourly_figure (grain, hour, figure, kind, location_id, practitioner_id, visit_type_id,
        specialty, shard, n)
    SELECT g.grain, date_trunc('hour', p_at, 'UTC'), p_figure, p_kind, g.l, g.p, g.v, g.s,
        CASE WHEN g.p IS NULL THEN analytics.figure_shard(p_shard_key) ELSE 0 END, p_delta
    FROM (VALUES ('ALL', p_location, p_practitioner, p_visit_type, p_specialty),
                 ('LOCATION', p_location, NULL::uuid, NULL::uuid, NULL::text),
                 ('NETWORK', NULL::uuid, NULL::uuid, NULL::uuid, NULL::text),
                 ('PRACTITIONER', NULL::uuid, p_practitioner, NULL::uuid, NULL::text),
                 ('SPECIALTY', NULL::uuid, NULL::uuid, NULL::uuid, p_specialty),
                 ('VISIT_TYPE', NULL::uuid, NULL::uuid, p_visit_type, NULL::text)) g(grain, l, p, v, s)
    ORDER BY g.grain
    ON CONFLICT (grain, hour, figure, kind, location_id, practitioner_id, visit_type_id, specialty, shard)
    DO UPDATE SET n = analytics.hourly_figure.n + excluded.n
$$;

-- Stores one fact unless its id is stored, and keeps every aggregate in step with it, in
-- one round trip (it was a dozen statements from Java). Does for the one fact what
-- rebuild_rollups() computes for all; the rollup tests hold them equal. True if stored.
CREATE FUNCTION analytics.record_fact(p_id UUID, p_at TIMESTAMP WITH TIME ZONE, p_journey UUID, p_kind TEXT,
    p_location UUID, p_practitioner UUID, p_visit_type UUID, p_specialty TEXT, p_subject UUID, p_hold UUID,
    p_slot TIMESTAMP WITH TIME ZONE, p_appointment UUID) RETURNS BOOLEAN
LANGUAGE plpgsql AS $$
DECLARE
    was analytics.journey_reach%ROWTYPE;
    o analytics.outcome%ROWTYPE;
    known BOOLEAN;
BEGIN
    -- Two deliveries of one fact (the NOT EXISTS alone would not serialise them), then the
    -- facts of one journey, whose first reaches may move.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_id::text, 0));
    PERFORM pg_advisory_xact_lock(hashtextextended('journey|' || p_journey, 0));
    INSERT INTO analytics.funnel_event (event_id, occurred_at, journey_id, kind, location_id, practitioner_id,
        visit_type_id, specialty, subject_id, hold_id, slot_start, appointment_id)
    SELECT p_id, p_at, p_journey, p_kind, p_location, p_practitioner, p_visit_type, p_specialty, p_subject, p_hold,
        p_slot, p_appointment
    WHERE NOT EXISTS (SELECT 1 FROM analytics.funnel_event WHERE event_id = p_id)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    PERFORM analytics.add_figure('FACT', p_kind, p_at, p_journey, p_location, p_practitioner, p_visit_type,
        p_specialty, 1);

    IF p_kind IN ('SEARCHED', 'VIEWED', 'HOLD_PLACED', 'BOOKED') THEN
        SELECT * INTO was FROM analytics.journey_reach WHERE journey_id = p_journey AND kind = p_kind FOR UPDATE;
        known := FOUND;
        IF NOT known OR p_at < was.first_at OR (p_at = was.first_at AND p_id < was.first_event) THEN
            IF known THEN
                PERFORM analytics.add_figure('REACH', p_kind, was.first_at, p_journey, was.location_id,
                    was.practitioner_id, was.visit_type_id, was.specialty, -1);
                DELETE FROM analytics.journey_reach WHERE journey_id = p_journey AND kind = p_kind;
            END IF;
            INSERT INTO analytics.journey_reach (journey_id, kind, first_at, first_event, location_id,
                practitioner_id, visit_type_id, specialty)
            VALUES (p_journey, p_kind, p_at, p_id, p_location, p_practitioner, p_visit_type, p_specialty);
            PERFORM analytics.add_figure('REACH', p_kind, p_at, p_journey, p_location, p_practitioner, p_visit_type,
                p_specialty, 1);
            IF p_kind IN ('SEARCHED', 'BOOKED') THEN
                DELETE FROM analytics.conversion WHERE journey_id = p_journey;
                INSERT INTO analytics.conversion (journey_id, searched_at, booked_at, location_id, practitioner_id,
                    visit_type_id, specialty)
                SELECT b.journey_id, s.first_at, b.first_at, b.location_id, b.practitioner_id, b.visit_type_id,
                    b.specialty
                FROM analytics.journey_reach b
                JOIN analytics.journey_reach s ON s.journey_id = b.journey_id AND s.kind = 'SEARCHED'
                WHERE b.journey_id = p_journey AND b.kind = 'BOOKED' AND s.first_at <= b.first_at;
            END IF;
        END IF;
    END IF;

    IF p_kind IN ('BOOKED', 'CANCELLED') THEN
        -- A booking and a cancellation of one slot see each other.
        PERFORM pg_advisory_xact_lock(hashtextextended('slot|' || p_practitioner || '|' || p_slot, 0));
    END IF;
    IF p_kind = 'BOOKED' THEN
        UPDATE analytics.cancellation SET refilled_at = p_at, refill_appointment = p_subject
        WHERE practitioner_id = p_practitioner AND slot_start = p_slot AND cancelled_at < p_at
          AND (refilled_at IS NULL OR refilled_at > p_at);
    ELSIF p_kind = 'CANCELLED' THEN
        INSERT INTO analytics.cancellation (event_id, cancelled_at, location_id, practitioner_id, visit_type_id,
            specialty, slot_start, refilled_at, refill_appointment)
        SELECT p_id, p_at, p_location, p_practitioner, p_visit_type, p_specialty, p_slot, r.occurred_at, r.subject_id
        FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT b.occurred_at, b.subject_id FROM analytics.funnel_event b
            WHERE b.kind = 'BOOKED' AND b.practitioner_id = p_practitioner AND b.slot_start = p_slot
              AND b.occurred_at > p_at ORDER BY b.occurred_at, b.event_id LIMIT 1) r ON TRUE
        ON CONFLICT DO NOTHING;
    END IF;

    IF p_kind IN ('HOLD_PLACED', 'OFFERED', 'HOLD_RELEASED', 'HOLD_EXPIRED', 'OFFER_ACCEPTED', 'OFFER_DECLINED',
            'OFFER_LAPSED', 'OFFER_WITHDRAWN') THEN
        -- A hold's (or offer's) facts may come from two journeys: serialised by its own lock.
        PERFORM pg_advisory_xact_lock(hashtextextended('subject|' || p_subject, 0));
        SELECT * INTO o FROM analytics.outcome WHERE subject_id = p_subject FOR UPDATE;
        known := FOUND;
        IF p_kind IN ('HOLD_PLACED', 'OFFERED') THEN
            IF NOT known OR o.started_at IS NULL OR o.started_at > p_at THEN
                IF p_kind = 'HOLD_PLACED' THEN
                    IF known AND o.started_at IS NOT NULL THEN
                        PERFORM analytics.add_figure('HOLD', 'PLACED', o.started_at, p_subject, o.location_id,
                            o.practitioner_id, o.visit_type_id, o.specialty, -1);
                        IF o.ended_at IS NOT NULL THEN
                            PERFORM analytics.add_figure('HOLD', 'ABANDONED', o.started_at, p_subject, o.location_id,
                                o.practitioner_id, o.visit_type_id, o.specialty, -1);
                        END IF;
                    END IF;
                    PERFORM analytics.add_figure('HOLD', 'PLACED', p_at, p_subject, p_location, p_practitioner,
                        p_visit_type, p_specialty, 1);
                    IF known AND o.ended_at IS NOT NULL THEN
                        PERFORM analytics.add_figure('HOLD', 'ABANDONED', p_at, p_subject, p_location, p_practitioner,
                            p_visit_type, p_specialty, 1);
                    END IF;
                END IF;
                INSERT INTO analytics.outcome (subject_id, subject, started_at, location_id, practitioner_id,
                    visit_type_id, specialty)
                VALUES (p_subject, CASE p_kind WHEN 'HOLD_PLACED' THEN 'HOLD' ELSE 'OFFER' END, p_at, p_location,
                    p_practitioner, p_visit_type, p_specialty)
                ON CONFLICT (subject_id) DO UPDATE SET started_at = excluded.started_at,
                    location_id = excluded.location_id, practitioner_id = excluded.practitioner_id,
                    visit_type_id = excluded.visit_type_id, specialty = excluded.specialty;
            END IF;
        ELSIF NOT known OR o.ended_at IS NULL OR o.ended_at > p_at THEN
            IF p_kind LIKE 'HOLD%' AND known AND o.ended_at IS NULL AND o.started_at IS NOT NULL THEN
                PERFORM analytics.add_figure('HOLD', 'ABANDONED', o.started_at, p_subject, o.location_id,
                    o.practitioner_id, o.visit_type_id, o.specialty, 1);
            END IF;
            INSERT INTO analytics.outcome (subject_id, subject, ended_kind, ended_at, appointment_id)
            VALUES (p_subject, CASE WHEN p_kind LIKE 'HOLD%' THEN 'HOLD' ELSE 'OFFER' END, p_kind, p_at,
                p_appointment)
            ON CONFLICT (subject_id) DO UPDATE SET ended_kind = excluded.ended_kind, ended_at = excluded.ended_at,
                appointment_id = excluded.appointment_id;
        END IF;
    END IF;
    RETURN TRUE;
END
$$;

-- Recomputes every aggregate from funnel_event alone (after bulk loads, to repair).
CREATE OR REPLACE FUNCTION analytics.rebuild_rollups() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE analytics.journey_reach, analytics.hourly_figure, analytics.conversion, analytics.outcome,
        analytics.cancellation;
    INSERT INTO analytics.journey_reach (journey_id, kind, first_at, first_event, location_id, practitioner_id,
        visit_type_id, specialty)
    SELECT DISTINCT ON (journey_id, kind) journey_id, kind, occurred_at, event_id, location_id, practitioner_id,
        visit_type_id, specialty
    FROM analytics.funnel_event WHERE kind IN ('SEARCHED', 'VIEWED', 'HOLD_PLACED', 'BOOKED')
    ORDER BY journey_id, kind, occurred_at, event_id;
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
    -- Every grain from one source per figure: facts (sharded by journey), first reaches
    -- (by journey), holds by placement (by hold).
    INSERT INTO analytics.hourly_figure (grain, hour, figure, kind, location_id, practitioner_id, visit_type_id,
        specialty, shard, n)
    SELECT g.grain, src.hour, src.figure, src.kind, g.l, g.p, g.v, g.s,
        CASE WHEN g.p IS NULL THEN src.shard ELSE 0 END, sum(src.n)
    FROM (SELECT date_trunc('hour', occurred_at, 'UTC') AS hour, 'FACT' AS figure, kind,
              location_id, practitioner_id, visit_type_id, specialty, analytics.figure_shard(journey_id) AS shard,
              count(*) AS n
          FROM analytics.funnel_event GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          UNION ALL
          SELECT date_trunc('hour', first_at, 'UTC'), 'REACH', kind, location_id, practitioner_id, visit_type_id,
              specialty, analytics.figure_shard(journey_id), count(*)
          FROM analytics.journey_reach GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          UNION ALL
          SELECT date_trunc('hour', started_at, 'UTC'), 'HOLD', h.kind, location_id, practitioner_id,
              visit_type_id, specialty, analytics.figure_shard(subject_id), count(*)
          FROM analytics.outcome
          CROSS JOIN LATERAL (VALUES ('PLACED'), (CASE WHEN ended_at IS NOT NULL THEN 'ABANDONED' END)) h(kind)
          WHERE subject = 'HOLD' AND started_at IS NOT NULL AND h.kind IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) src
    CROSS JOIN LATERAL (VALUES ('ALL', src.location_id, src.practitioner_id, src.visit_type_id, src.specialty),
                 ('LOCATION', src.location_id, NULL::uuid, NULL::uuid, NULL::varchar),
                 ('NETWORK', NULL::uuid, NULL::uuid, NULL::uuid, NULL::varchar),
                 ('PRACTITIONER', NULL::uuid, src.practitioner_id, NULL::uuid, NULL::varchar),
                 ('SPECIALTY', NULL::uuid, NULL::uuid, NULL::uuid, src.specialty),
                 ('VISIT_TYPE', NULL::uuid, NULL::uuid, src.visit_type_id, NULL::varchar)) g(grain, l, p, v, s)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
END
$$;
-- [jooq ignore stop]
