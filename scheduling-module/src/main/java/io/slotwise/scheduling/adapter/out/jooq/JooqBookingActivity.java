package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.application.BookingActivity;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/**
 * Booked appointments for urgency labels, straight from the appointment rows (only those
 * still booked: a cancelled booking is no sign of demand).
 */
@Repository
class JooqBookingActivity implements BookingActivity {

	private final DSLContext db;

	JooqBookingActivity(DSLContext db) {
		this.db = db;
	}

	@Override
	public Map<PractitionerId, List<Booked>> booked(Collection<PractitionerId> practitioners, Instant createdSince,
			Instant from, Instant to) {
		Map<PractitionerId, List<Booked>> booked = new HashMap<>();
		if (practitioners.isEmpty()) {
			return booked;
		}
		this.db.select(APPOINTMENT.PRACTITIONER_ID, APPOINTMENT.CREATED_AT, APPOINTMENT.STARTS_AT)
			.from(APPOINTMENT)
			.where(APPOINTMENT.PRACTITIONER_ID.in(practitioners.stream().map(PractitionerId::value).toList()))
			.and(APPOINTMENT.STATUS.eq(AppointmentDetails.Status.BOOKED.name()))
			.and(APPOINTMENT.CREATED_AT.ge(createdSince.atOffset(ZoneOffset.UTC))
				.or(APPOINTMENT.STARTS_AT.ge(from.atOffset(ZoneOffset.UTC))
					.and(APPOINTMENT.STARTS_AT.lt(to.atOffset(ZoneOffset.UTC)))))
			.forEach((row) -> booked.computeIfAbsent(new PractitionerId(row.value1()), (id) -> new ArrayList<>())
				.add(new Booked(row.value2().toInstant(), row.value3().toInstant())));
		return booked;
	}

}
