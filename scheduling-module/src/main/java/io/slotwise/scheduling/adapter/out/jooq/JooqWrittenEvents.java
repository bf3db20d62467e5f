package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_WRITTEN_EVENT;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.application.WrittenEvents;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * Bookings written to OAuth calendars, one row per appointment and connection.
 */
@Repository
class JooqWrittenEvents implements WrittenEvents {

	private final DSLContext db;

	JooqWrittenEvents(DSLContext db) {
		this.db = db;
	}

	@Override
	public Optional<Written> find(UUID appointment, ConnectionId connection) {
		return this.db.selectFrom(CALENDAR_WRITTEN_EVENT)
			.where(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID.eq(appointment))
			.and(CALENDAR_WRITTEN_EVENT.CONNECTION_ID.eq(connection.value()))
			.fetchOptional((row) -> new Written(row.getAppointmentId(), new ConnectionId(row.getConnectionId()),
					row.getEventId(), new TimeRange(row.getStartsAt().toInstant(), row.getEndsAt().toInstant())));
	}

	@Override
	public void save(Written written) {
		this.db.insertInto(CALENDAR_WRITTEN_EVENT)
			.set(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID, written.appointment())
			.set(CALENDAR_WRITTEN_EVENT.CONNECTION_ID, written.connection().value())
			.set(CALENDAR_WRITTEN_EVENT.EVENT_ID, written.eventId())
			.set(CALENDAR_WRITTEN_EVENT.STARTS_AT, written.time().start().atOffset(ZoneOffset.UTC))
			.set(CALENDAR_WRITTEN_EVENT.ENDS_AT, written.time().end().atOffset(ZoneOffset.UTC))
			.onConflict(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID, CALENDAR_WRITTEN_EVENT.CONNECTION_ID)
			.doUpdate()
			.set(CALENDAR_WRITTEN_EVENT.STARTS_AT, written.time().start().atOffset(ZoneOffset.UTC))
			.set(CALENDAR_WRITTEN_EVENT.ENDS_AT, written.time().end().atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	public void delete(UUID appointment, ConnectionId connection) {
		this.db.deleteFrom(CALENDAR_WRITTEN_EVENT)
			.where(CALENDAR_WRITTEN_EVENT.APPOINTMENT_ID.eq(appointment))
			.and(CALENDAR_WRITTEN_EVENT.CONNECTION_ID.eq(connection.value()))
			.execute();
	}

	@Override
	public List<TimeRange> ours(ConnectionId connection, TimeRange window) {
		return this.db.select(CALENDAR_WRITTEN_EVENT.STARTS_AT, CALENDAR_WRITTEN_EVENT.ENDS_AT)
			.from(CALENDAR_WRITTEN_EVENT)
			.where(CALENDAR_WRITTEN_EVENT.CONNECTION_ID.eq(connection.value()))
			.and(CALENDAR_WRITTEN_EVENT.STARTS_AT.lt(window.end().atOffset(ZoneOffset.UTC)))
			.and(CALENDAR_WRITTEN_EVENT.ENDS_AT.gt(window.start().atOffset(ZoneOffset.UTC)))
			.fetch((row) -> new TimeRange(row.value1().toInstant(), row.value2().toInstant()));
	}

}
