-- A filtered dashboard reads its grain's rows of one dimension value and the rows that
-- name none (a search names no location), each a range of the dimension's index (ADR 0032).
-- The old indexes (grain, dimension, hour) left the figure to the heap, so when the planner
-- overestimated the rows naming none (they are a sliver of one grain, its statistics cannot
-- see) it preferred the key index and read the grain's whole period: 97,000 rows to keep
-- 1,100 for one location's month (0.5 s). With the figure in the key and the kind and count
-- included, the dimension's index answers either side alone, index-only, whatever the estimate.
DROP INDEX analytics.hourly_figure_by_location;
DROP INDEX analytics.hourly_figure_by_practitioner;
DROP INDEX analytics.hourly_figure_by_visit_type;
DROP INDEX analytics.hourly_figure_by_specialty;
CREATE INDEX hourly_figure_by_location ON analytics.hourly_figure (grain, location_id, figure, hour)
    INCLUDE (kind, n);
CREATE INDEX hourly_figure_by_practitioner ON analytics.hourly_figure (grain, practitioner_id, figure, hour)
    INCLUDE (kind, n);
CREATE INDEX hourly_figure_by_visit_type ON analytics.hourly_figure (grain, visit_type_id, figure, hour)
    INCLUDE (kind, n);
CREATE INDEX hourly_figure_by_specialty ON analytics.hourly_figure (grain, specialty, figure, hour)
    INCLUDE (kind, n);
-- How many of a grain's rows name no location (practitioner, ...): per grain, not over the
-- whole table, where most rows name none. Such rows are ~0.1% of the table (one a hour per
-- figure and kind), below what the default sample's most-common list keeps: with it, one
-- location's 180 days were estimated at 118,000 rows naming none (4,300 are) and run in
-- parallel; 1,000 keeps them in the list (ANALYZE samples 300,000 rows).
-- [jooq ignore start]
CREATE STATISTICS analytics.hourly_figure_location_per_grain (mcv) ON grain, location_id FROM analytics.hourly_figure;
CREATE STATISTICS analytics.hourly_figure_practitioner_per_grain (mcv) ON grain, practitioner_id
    FROM analytics.hourly_figure;
CREATE STATISTICS analytics.hourly_figure_visit_type_per_grain (mcv) ON grain, visit_type_id
    FROM analytics.hourly_figure;
CREATE STATISTICS analytics.hourly_figure_specialty_per_grain (mcv) ON grain, specialty FROM analytics.hourly_figure;
ALTER STATISTICS analytics.hourly_figure_location_per_grain SET STATISTICS 1000;
ALTER STATISTICS analytics.hourly_figure_practitioner_per_grain SET STATISTICS 1000;
ALTER STATISTICS analytics.hourly_figure_visit_type_per_grain SET STATISTICS 1000;
ALTER STATISTICS analytics.hourly_figure_specialty_per_grain SET STATISTICS 1000;
-- [jooq ignore stop]
