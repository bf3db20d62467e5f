-- Time to book kept with each conversion as whole microseconds (ADR 0032). The network's
-- exact medians sorted every booking of the period (45,000 for 30 days of the benchmark)
-- as intervals, whose comparison goes through a 128-bit normalisation per pair, and rounded
-- the interpolated median to the microsecond. Sorting bigints is measured ~2.5x cheaper,
-- and the median of two microsecond values is exact in float8 (both below 2^53). A stored
-- generated column: record_fact and the rebuild insert conversions as before, a replayed
-- event that rewrites a conversion recomputes it with the row.
-- [jooq ignore start]
ALTER TABLE analytics.conversion
    ADD COLUMN took_us BIGINT GENERATED ALWAYS AS ((extract(epoch FROM booked_at - searched_at) * 1000000)::bigint) STORED;
DROP INDEX analytics.conversion_by_time;
CREATE INDEX conversion_by_time ON analytics.conversion (booked_at)
    INCLUDE (took_us, location_id, practitioner_id, visit_type_id, specialty);
DROP INDEX analytics.conversion_by_practitioner;
CREATE INDEX conversion_by_practitioner ON analytics.conversion (practitioner_id, booked_at) INCLUDE (took_us);
DROP INDEX analytics.conversion_by_location;
CREATE INDEX conversion_by_location ON analytics.conversion (location_id, booked_at) INCLUDE (took_us);
DROP INDEX analytics.conversion_by_visit_type;
CREATE INDEX conversion_by_visit_type ON analytics.conversion (visit_type_id, booked_at) INCLUDE (took_us);
DROP INDEX analytics.conversion_by_specialty;
CREATE INDEX conversion_by_specialty ON analytics.conversion (specialty, booked_at) INCLUDE (took_us);
-- [jooq ignore stop]
