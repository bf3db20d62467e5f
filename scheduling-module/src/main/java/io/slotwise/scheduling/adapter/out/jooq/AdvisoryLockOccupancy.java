package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.scheduling.domain.Occupancy;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Claims are transaction-scoped advisory locks, one per resource. Two transactions
 * inserting overlapping rows into a gist exclusion index can each see the other's
 * uncommitted entry and wait on it, a deadlock no insertion order prevents (seen as 40P01
 * in the 100-booking race); with the lock taken first, bookings of one resource queue
 * instead, and the reservation check after the lock sees every committed booking, because
 * under READ COMMITTED each statement reads what committed before it started.
 */
final class AdvisoryLockOccupancy implements Occupancy {

	private final DSLContext db;

	private final Optional<UUID> moving;

	AdvisoryLockOccupancy(DSLContext db, Optional<UUID> moving) {
		this.db = db;
		this.moving = moving;
	}

	@Override
	public Claim claim(Resource resource, TimeRange time, boolean wait) {
		// Look before locking a unit of a pool: a lock cannot be given back before the
		// transaction ends, and a lock kept on a unit reserved at this time would make
		// bookings of that unit at other times wait for nothing, and could close a cycle
		// of waits between bookings.
		if (!wait && taken(resource, time)) {
			return Claim.TAKEN;
		}
		String key = resource.id().toString();
		if (wait) {
			this.db.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", key);
		}
		else if (!Boolean.TRUE.equals(this.db.fetchValue(
				DSL.field("pg_try_advisory_xact_lock(hashtextextended({0}, 0))", Boolean.class, DSL.val(key))))) {
			return Claim.CONTENDED;
		}
		return taken(resource, time) ? Claim.TAKEN : Claim.CLAIMED;
	}

	@Override
	public List<Resource> claimAll(List<Resource> resources, TimeRange time) {
		if (resources.isEmpty()) {
			return List.of();
		}
		// One statement takes every lock, left to right in the order given: PostgreSQL
		// evaluates a select list in order, so the global claim order is kept.
		this.db.execute(
				"select " + String.join(", ",
						Collections.nCopies(resources.size(), "pg_advisory_xact_lock(hashtextextended(?, 0))")),
				resources.stream().map((resource) -> resource.id().toString()).toArray());
		Set<UUID> taken = new HashSet<>(this.db.select(RESERVATION.RESOURCE_ID)
			.from(RESERVATION)
			.where(RESERVATION.RESOURCE_ID.in(resources.stream().map(Resource::id).toList()),
					JooqAppointments.overlaps(time),
					this.moving.map(RESERVATION.APPOINTMENT_ID::ne).orElse(DSL.noCondition()))
			.fetch(RESERVATION.RESOURCE_ID));
		return resources.stream().filter((resource) -> taken.contains(resource.id())).toList();
	}

	private boolean taken(Resource resource, TimeRange time) {
		return this.db.fetchExists(RESERVATION, RESERVATION.RESOURCE_ID.eq(resource.id()),
				JooqAppointments.overlaps(time),
				this.moving.map(RESERVATION.APPOINTMENT_ID::ne).orElse(DSL.noCondition()));
	}

}
