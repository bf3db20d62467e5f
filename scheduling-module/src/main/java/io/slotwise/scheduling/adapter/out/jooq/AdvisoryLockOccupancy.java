package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;

import java.util.Optional;
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

	private boolean taken(Resource resource, TimeRange time) {
		return this.db.fetchExists(RESERVATION, RESERVATION.RESOURCE_ID.eq(resource.id()),
				JooqAppointments.overlaps(time),
				this.moving.map(RESERVATION.APPOINTMENT_ID::ne).orElse(DSL.noCondition()));
	}

}
