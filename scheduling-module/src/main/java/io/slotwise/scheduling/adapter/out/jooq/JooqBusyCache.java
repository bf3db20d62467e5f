package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_BUSY;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.CALENDAR_CONNECTION;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.ConnectionStatus;
import io.slotwise.scheduling.calendar.application.BusyCache;
import io.slotwise.scheduling.calendar.domain.BusyTimes;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * External busy times in PostgreSQL, read together with each connection's status and
 * buffer in one query.
 */
@Repository
class JooqBusyCache implements BusyCache {

	private final DSLContext db;

	JooqBusyCache(DSLContext db) {
		this.db = db;
	}

	@Override
	public void replace(ConnectionId connection, TimeRange window, List<TimeRange> intervals) {
		this.db.deleteFrom(CALENDAR_BUSY)
			.where(CALENDAR_BUSY.CONNECTION_ID.eq(connection.value()))
			.and(CALENDAR_BUSY.ENDS_AT.gt(window.start().atOffset(ZoneOffset.UTC)))
			.and(CALENDAR_BUSY.STARTS_AT.lt(window.end().atOffset(ZoneOffset.UTC)))
			.execute();
		if (intervals.isEmpty()) {
			return;
		}
		var insert = this.db.insertInto(CALENDAR_BUSY, CALENDAR_BUSY.CONNECTION_ID, CALENDAR_BUSY.STARTS_AT,
				CALENDAR_BUSY.ENDS_AT);
		for (TimeRange busy : intervals) {
			insert = insert.values(connection.value(), busy.start().atOffset(ZoneOffset.UTC),
					busy.end().atOffset(ZoneOffset.UTC));
		}
		insert.execute();
	}

	@Override
	public Map<UUID, List<BusyTimes>> busy(Collection<UUID> practitioners, TimeRange span) {
		Map<UUID, List<BusyTimes>> busy = new HashMap<>();
		if (practitioners.isEmpty()) {
			return busy;
		}
		// Widen the span by the largest buffer, so an interval just outside it whose
		// buffer reaches in is still found.
		Duration reach = CalendarConnection.MAX_BUFFER;
		Map<UUID, Map<UUID, List<TimeRange>>> byConnection = new LinkedHashMap<>();
		Map<UUID, Duration> buffers = new HashMap<>();
		this.db
			.select(CALENDAR_CONNECTION.PRACTITIONER_ID, CALENDAR_CONNECTION.ID, CALENDAR_CONNECTION.BUFFER_MINUTES,
					CALENDAR_BUSY.STARTS_AT, CALENDAR_BUSY.ENDS_AT)
			.from(CALENDAR_BUSY)
			.join(CALENDAR_CONNECTION)
			.on(CALENDAR_CONNECTION.ID.eq(CALENDAR_BUSY.CONNECTION_ID))
			.where(CALENDAR_CONNECTION.PRACTITIONER_ID.in(practitioners))
			.and(CALENDAR_CONNECTION.STATUS.eq(ConnectionStatus.CONNECTED.name()))
			.and(CALENDAR_BUSY.STARTS_AT.lt(span.end().plus(reach).atOffset(ZoneOffset.UTC)))
			.and(CALENDAR_BUSY.ENDS_AT.gt(span.start().minus(reach).atOffset(ZoneOffset.UTC)))
			.forEach((row) -> {
				buffers.put(row.value2(), Duration.ofMinutes(row.value3()));
				byConnection.computeIfAbsent(row.value1(), (p) -> new LinkedHashMap<>())
					.computeIfAbsent(row.value2(), (c) -> new ArrayList<>())
					.add(new TimeRange(row.value4().toInstant(), row.value5().toInstant()));
			});
		byConnection.forEach((practitioner, connections) -> busy.put(practitioner,
				connections.entrySet()
					.stream()
					.map((entry) -> new BusyTimes(entry.getValue(), buffers.get(entry.getKey())))
					.toList()));
		return busy;
	}

}
