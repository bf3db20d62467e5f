-- A rebuild that finishes on millions of facts (ADR 0028). The ADR 0021 rebuild grouped
-- every fact at six grains in one aggregation and inserted the result under five indexes;
-- on 2.5M generated facts it ran for more than 38 minutes. This one builds the per-row
-- tables, groups the finest hourly figures once, derives each grain from them, and
-- builds the secondary indexes after the rows are in. Same figures (rebuilt rows sit in one
-- shard): the rollup tests compare them with what record_fact keeps on ingest.
-- [jooq ignore start]
CREATE OR REPLACE FUNCTION analytics.rebuild_rollups() RETURNS VOID
LANGUAGE plpgsql
SET work_mem = '256MB'
SET maintenance_work_mem = '512MB'
AS $$
DECLARE
    grain TEXT;
    indexes TEXT[];
    index_sql TEXT;
BEGIN
    TRUNCATE analytics.journey_reach, analytics.hourly_figure, analytics.conversion, analytics.outcome,
        analytics.cancellation;
    -- Millions of rows inserted under their secondary indexes spend most of the time in
    -- random index pages; built afterwards, each index is one sort. Their definitions are
    -- read from the catalog, so the migrations stay their only source.
    SELECT array_agg(pg_get_indexdef(i.indexrelid)) INTO indexes
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'analytics' AND t.relname IN ('journey_reach', 'hourly_figure', 'conversion', 'outcome',
        'cancellation') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
    FOR index_sql IN SELECT format('DROP INDEX analytics.%I', ic.relname)
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'analytics' AND t.relname IN ('journey_reach', 'hourly_figure', 'conversion', 'outcome',
            'cancellation') AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) LOOP
        EXECUTE index_sql;
    END LOOP;
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
    -- The finest figures once (every dimension), then each grain grouped from them: six
    -- small aggregations instead of one over six times the rows. Rebuilt history goes to
    -- shard 0: shards only spread concurrent ingests of the same hour (ADR 0021), and
    -- readers sum whatever shards a row has, so one row per key is eight times fewer to read.
    CREATE TEMP TABLE fine_figure ON COMMIT DROP AS
    SELECT date_trunc('hour', occurred_at, 'UTC') AS hour, 'FACT'::varchar AS figure, kind, location_id,
        practitioner_id, visit_type_id, specialty, count(*) AS n
    FROM analytics.funnel_event GROUP BY 1, 2, 3, 4, 5, 6, 7
    UNION ALL
    SELECT date_trunc('hour', first_at, 'UTC'), 'REACH', kind, location_id, practitioner_id, visit_type_id,
        specialty, count(*)
    FROM analytics.journey_reach GROUP BY 1, 2, 3, 4, 5, 6, 7
    UNION ALL
    SELECT date_trunc('hour', started_at, 'UTC'), 'HOLD', h.kind, location_id, practitioner_id, visit_type_id,
        specialty, count(*)
    FROM analytics.outcome
    CROSS JOIN LATERAL (VALUES ('PLACED'), (CASE WHEN ended_at IS NOT NULL THEN 'ABANDONED' END)) h(kind)
    WHERE subject = 'HOLD' AND started_at IS NOT NULL AND h.kind IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7;
    FOREACH grain IN ARRAY ARRAY['ALL', 'LOCATION', 'NETWORK', 'PRACTITIONER', 'SPECIALTY', 'VISIT_TYPE'] LOOP
        INSERT INTO analytics.hourly_figure (grain, hour, figure, kind, location_id, practitioner_id,
            visit_type_id, specialty, shard, n)
        SELECT grain, f.hour, f.figure, f.kind, g.l, g.p, g.v, g.s, 0, sum(f.n)
        FROM fine_figure f
        CROSS JOIN LATERAL (SELECT CASE WHEN grain IN ('ALL', 'LOCATION') THEN f.location_id END AS l,
            CASE WHEN grain IN ('ALL', 'PRACTITIONER') THEN f.practitioner_id END AS p,
            CASE WHEN grain IN ('ALL', 'VISIT_TYPE') THEN f.visit_type_id END AS v,
            CASE WHEN grain IN ('ALL', 'SPECIALTY') THEN f.specialty END AS s) g
        GROUP BY 2, 3, 4, 5, 6, 7, 8
        ORDER BY 2, 3, 4;
    END LOOP;
    DROP TABLE fine_figure;
    FOREACH index_sql IN ARRAY indexes LOOP
        EXECUTE index_sql;
    END LOOP;
END
$$;
-- [jooq ignore stop]
