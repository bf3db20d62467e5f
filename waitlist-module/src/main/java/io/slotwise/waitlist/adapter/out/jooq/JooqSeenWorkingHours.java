package io.slotwise.waitlist.adapter.out.jooq;

import static io.slotwise.waitlist.adapter.out.jooq.schema.Tables.HOURS_SEEN;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog.WorkingWindow;
import io.slotwise.waitlist.application.SeenWorkingHours;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqSeenWorkingHours implements SeenWorkingHours {

	private final DSLContext db;

	JooqSeenWorkingHours(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<WorkingWindow> swap(PractitionerId practitioner, LocationId location, List<WorkingWindow> now,
			Instant since) {
		// two changes of the same hours (or a change and its replay on another instance)
		// queue behind each other, so each opened window is seen as new exactly once
		TransactionLocks.lock(this.db, "waitlist-hours:" + practitioner.value() + ":" + location.value());
		var mine = HOURS_SEEN.PRACTITIONER_ID.eq(practitioner.value()).and(HOURS_SEEN.LOCATION_ID.eq(location.value()));
		List<WorkingWindow> before = this.db.selectFrom(HOURS_SEEN)
			.where(mine)
			.and(HOURS_SEEN.WINDOW_END.gt(since.atOffset(ZoneOffset.UTC)))
			.orderBy(HOURS_SEEN.WINDOW_START)
			.fetch((row) -> new WorkingWindow(row.getWindowStart().toInstant(), row.getWindowEnd().toInstant()));
		this.db.deleteFrom(HOURS_SEEN).where(mine).execute();
		if (!now.isEmpty()) {
			var insert = this.db.insertInto(HOURS_SEEN, HOURS_SEEN.PRACTITIONER_ID, HOURS_SEEN.LOCATION_ID,
					HOURS_SEEN.WINDOW_START, HOURS_SEEN.WINDOW_END);
			for (WorkingWindow window : now) {
				insert = insert.values(practitioner.value(), location.value(), window.start().atOffset(ZoneOffset.UTC),
						window.end().atOffset(ZoneOffset.UTC));
			}
			insert.execute();
		}
		return before;
	}

}
