package io.slotwise.analytics.adapter.out.jooq;

import java.time.Instant;
import java.util.UUID;

import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFact.Kind;
import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Component;

/**
 * Keeps the aggregates in step with one new fact, in the fact's transaction. Each update
 * does what {@code analytics.rebuild_rollups()} would compute for that fact, so the
 * aggregates always equal a rebuild from the raw facts (the rollup tests check it).
 * Callers hold the journey's advisory lock, so a journey's first reaches move one fact at
 * a time; facts about one slot are serialised by their own lock here.
 */
@Component
class Rollups {

	private static final String DIMS = "location_id, practitioner_id, visit_type_id, specialty";

	private final DSLContext db;

	Rollups(DSLContext db) {
		this.db = db;
	}

	void follow(FunnelFact fact) {
		count(fact, 1);
		switch (fact.kind()) {
			case SEARCHED, VIEWED -> reach(fact);
			case HOLD_PLACED -> {
				reach(fact);
				started(fact, "HOLD");
			}
			case BOOKED -> {
				reach(fact);
				slot(fact);
				this.db.execute(
						"""
								UPDATE analytics.cancellation SET refilled_at = ?::timestamptz, refill_appointment = ?::uuid
								WHERE practitioner_id = ?::uuid AND slot_start = ?::timestamptz AND cancelled_at < ?::timestamptz
								  AND (refilled_at IS NULL OR refilled_at > ?::timestamptz)""",
						utc(fact.occurredAt()), fact.subject(), fact.practitioner(), utc(fact.slotStart()),
						utc(fact.occurredAt()), utc(fact.occurredAt()));
			}
			case CANCELLED -> {
				slot(fact);
				this.db.execute(
						"""
								INSERT INTO analytics.cancellation (event_id, cancelled_at, location_id, practitioner_id,
								  visit_type_id, specialty, slot_start, refilled_at, refill_appointment)
								SELECT ?::uuid, ?::timestamptz, ?::uuid, ?::uuid, ?::uuid, ?, ?::timestamptz, r.occurred_at, r.subject_id
								FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT b.occurred_at, b.subject_id FROM analytics.funnel_event b
								  WHERE b.kind = 'BOOKED' AND b.practitioner_id = ?::uuid AND b.slot_start = ?::timestamptz
								    AND b.occurred_at > ?::timestamptz ORDER BY b.occurred_at, b.event_id LIMIT 1) r ON TRUE
								ON CONFLICT DO NOTHING""",
						fact.id(), utc(fact.occurredAt()), fact.location(), fact.practitioner(), fact.visitType(),
						fact.specialty(), utc(fact.slotStart()), fact.practitioner(), utc(fact.slotStart()),
						utc(fact.occurredAt()));
			}
			case OFFERED -> started(fact, "OFFER");
			case HOLD_RELEASED, HOLD_EXPIRED -> ended(fact, "HOLD");
			case OFFER_ACCEPTED, OFFER_DECLINED, OFFER_LAPSED, OFFER_WITHDRAWN -> ended(fact, "OFFER");
			case RESCHEDULED -> {
				// Counted per day above; a move is not a funnel step.
			}
		}
	}

	/** Per-day fact counts at both grains. */
	private void count(FunnelFact fact, long delta) {
		add("daily_count", "events", true, day(fact.occurredAt()), fact.kind().name(), fact, delta);
		add("daily_count_by_location", "events", false, day(fact.occurredAt()), fact.kind().name(), fact, delta);
	}

	private void reach(FunnelFact fact) {
		Record first = this.db.fetchOne(
				"SELECT first_at, first_event, " + DIMS
						+ " FROM analytics.journey_reach WHERE journey_id = ?::uuid AND kind = ? FOR UPDATE",
				fact.journey(), fact.kind().name());
		if (first != null) {
			Instant firstAt = first.get(0, java.time.OffsetDateTime.class).toInstant();
			UUID firstEvent = first.get(1, UUID.class);
			// PostgreSQL orders uuids bytewise, as their lower-case text sorts.
			boolean earlier = fact.occurredAt().isBefore(firstAt)
					|| (fact.occurredAt().equals(firstAt) && fact.id().toString().compareTo(firstEvent.toString()) < 0);
			if (!earlier) {
				return;
			}
			FunnelFact was = new FunnelFact(firstEvent, firstAt, fact.journey(), fact.kind(), first.get(2, UUID.class),
					first.get(3, UUID.class), first.get(4, UUID.class), first.get(5, String.class), null, null, null,
					null);
			reached(was, -1);
			this.db.execute("DELETE FROM analytics.journey_reach WHERE journey_id = ?::uuid AND kind = ?",
					fact.journey(), fact.kind().name());
		}
		this.db.execute(
				"INSERT INTO analytics.journey_reach (journey_id, kind, first_at, first_event, " + DIMS
						+ ") VALUES (?::uuid, ?, ?::timestamptz, ?::uuid, ?::uuid, ?::uuid, ?::uuid, ?)",
				fact.journey(), fact.kind().name(), utc(fact.occurredAt()), fact.id(), fact.location(),
				fact.practitioner(), fact.visitType(), fact.specialty());
		reached(fact, 1);
		if (fact.kind() == Kind.SEARCHED || fact.kind() == Kind.BOOKED) {
			converted(fact.journey());
		}
	}

	private void reached(FunnelFact fact, long delta) {
		add("daily_reach", "journeys", true, day(fact.occurredAt()), fact.kind().name(), fact, delta);
		add("daily_reach_by_location", "journeys", false, day(fact.occurredAt()), fact.kind().name(), fact, delta);
	}

	/** The journey's conversion row, from its first search and first booking. */
	private void converted(UUID journey) {
		this.db.execute("DELETE FROM analytics.conversion WHERE journey_id = ?::uuid", journey);
		this.db.execute(
				"""
						INSERT INTO analytics.conversion (journey_id, searched_at, booked_at, location_id, practitioner_id,
						  visit_type_id, specialty)
						SELECT b.journey_id, s.first_at, b.first_at, b.location_id, b.practitioner_id, b.visit_type_id, b.specialty
						FROM analytics.journey_reach b
						JOIN analytics.journey_reach s ON s.journey_id = b.journey_id AND s.kind = 'SEARCHED'
						WHERE b.journey_id = ?::uuid AND b.kind = 'BOOKED' AND s.first_at <= b.first_at""",
				journey);
	}

	private void started(FunnelFact fact, String subject) {
		this.db.execute("""
				INSERT INTO analytics.outcome (subject_id, subject, started_at, location_id, practitioner_id,
				  visit_type_id, specialty)
				VALUES (?::uuid, ?, ?::timestamptz, ?::uuid, ?::uuid, ?::uuid, ?)
				ON CONFLICT (subject_id) DO UPDATE SET started_at = excluded.started_at,
				  location_id = excluded.location_id, practitioner_id = excluded.practitioner_id,
				  visit_type_id = excluded.visit_type_id, specialty = excluded.specialty
				WHERE analytics.outcome.started_at IS NULL OR analytics.outcome.started_at > excluded.started_at""",
				fact.subject(), subject, utc(fact.occurredAt()), fact.location(), fact.practitioner(), fact.visitType(),
				fact.specialty());
	}

	private void ended(FunnelFact fact, String subject) {
		this.db.execute("""
				INSERT INTO analytics.outcome (subject_id, subject, ended_kind, ended_at, appointment_id)
				VALUES (?::uuid, ?, ?, ?::timestamptz, ?::uuid)
				ON CONFLICT (subject_id) DO UPDATE SET ended_kind = excluded.ended_kind, ended_at = excluded.ended_at,
				  appointment_id = excluded.appointment_id
				WHERE analytics.outcome.ended_at IS NULL OR analytics.outcome.ended_at > excluded.ended_at""",
				fact.subject(), subject, fact.kind().name(), utc(fact.occurredAt()), fact.appointment());
	}

	/**
	 * Serialises facts about one slot, so a booking and a cancellation see each other.
	 */
	private void slot(FunnelFact fact) {
		this.db.fetch("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
				"slot|" + fact.practitioner() + "|" + fact.slotStart());
	}

	private void add(String table, String column, boolean allDimensions, java.time.LocalDate day, String kind,
			FunnelFact fact, long delta) {
		String dims = allDimensions ? DIMS : "location_id, specialty";
		String values = allDimensions ? "?::uuid, ?::uuid, ?::uuid, ?" : "?::uuid, ?";
		Object[] binds = allDimensions ? new Object[] { day, kind, fact.location(), fact.practitioner(),
				fact.visitType(), fact.specialty(), delta }
				: new Object[] { day, kind, fact.location(), fact.specialty(), delta };
		this.db.execute("INSERT INTO analytics." + table + " (day, kind, " + dims + ", " + column
				+ ") VALUES (?::date, ?, " + values + ", ?) ON CONFLICT (day, kind, " + dims + ") DO UPDATE SET "
				+ column + " = analytics." + table + "." + column + " + excluded." + column, binds);
	}

	private static java.time.LocalDate day(Instant at) {
		return at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
	}

	private static java.time.@org.jspecify.annotations.Nullable OffsetDateTime utc(
			@org.jspecify.annotations.Nullable Instant at) {
		return (at != null) ? FactFilter.utc(at) : null;
	}

}
