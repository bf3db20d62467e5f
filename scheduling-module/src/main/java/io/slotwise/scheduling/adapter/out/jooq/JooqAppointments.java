package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.AppointmentStatus;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.AppointmentRecord;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.NewBooking;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;

import org.springframework.stereotype.Repository;

@Repository
class JooqAppointments implements Appointments {

	private final DSLContext db;

	JooqAppointments(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<Appointment> ofPatient(PatientId patient, int offset, int limit) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.PATIENT_ID.eq(patient.value()))
			.orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byId(AppointmentId id) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.ID.eq(id.value()))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byHold(HoldId hold) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.HOLD_ID.eq(hold.value()))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byIdempotencyKey(PatientId patient, String key) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.PATIENT_ID.eq(patient.value()), APPOINTMENT.IDEMPOTENCY_KEY.eq(key))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public void add(NewBooking booking) {
		Appointment appointment = booking.appointment();
		ReservationFailures.translate(() -> {
			this.db.insertInto(APPOINTMENT)
				.set(APPOINTMENT.ID, appointment.id().value())
				.set(APPOINTMENT.PATIENT_ID, appointment.patient().value())
				.set(APPOINTMENT.PRACTITIONER_ID, appointment.practitionerId())
				.set(APPOINTMENT.LOCATION_ID, appointment.locationId())
				.set(APPOINTMENT.VISIT_TYPE_ID, appointment.visitTypeId())
				.set(APPOINTMENT.STARTS_AT, utc(appointment.start()))
				.set(APPOINTMENT.ENDS_AT, utc(appointment.end()))
				.set(APPOINTMENT.STATUS, appointment.status().name())
				.set(APPOINTMENT.HOLD_ID, booking.hold().map(HoldId::value).orElse(null))
				.set(APPOINTMENT.IDEMPOTENCY_KEY, booking.idempotencyKey().orElse(null))
				.set(APPOINTMENT.BOOKED_BY, booking.bookedBy())
				.execute();
			reserve(appointment.id(), new TimeRange(appointment.start(), appointment.end()), booking.resources());
		});
	}

	@Override
	public void cancel(AppointmentId id, Instant at) {
		this.db.update(APPOINTMENT)
			.set(APPOINTMENT.STATUS, AppointmentStatus.CANCELLED.name())
			.set(APPOINTMENT.CANCELLED_AT, utc(at))
			.where(APPOINTMENT.ID.eq(id.value()))
			.execute();
		this.db.deleteFrom(RESERVATION).where(RESERVATION.APPOINTMENT_ID.eq(id.value())).execute();
	}

	@Override
	public void move(AppointmentId id, TimeRange to, List<BookableResource> resources) {
		ReservationFailures.translate(() -> {
			this.db.deleteFrom(RESERVATION).where(RESERVATION.APPOINTMENT_ID.eq(id.value())).execute();
			this.db.update(APPOINTMENT)
				.set(APPOINTMENT.STARTS_AT, utc(to.start()))
				.set(APPOINTMENT.ENDS_AT, utc(to.end()))
				.where(APPOINTMENT.ID.eq(id.value()))
				.execute();
			reserve(id, to, resources);
		});
	}

	@Override
	public Map<UUID, List<TimeRange>> reservations(Collection<UUID> resources, TimeRange range) {
		Map<UUID, List<TimeRange>> busy = new HashMap<>();
		if (resources.isEmpty()) {
			return busy;
		}
		this.db.select(RESERVATION.RESOURCE_ID, RESERVATION.DURING)
			.from(RESERVATION)
			.where(RESERVATION.RESOURCE_ID.in(resources), overlaps(range))
			.forEach((row) -> busy.computeIfAbsent(row.value1(), (id) -> new ArrayList<>())
				.add(new TimeRange(row.value2().lower().toInstant(), row.value2().upper().toInstant())));
		return busy;
	}

	@Override
	public List<BookableResource> reservedBy(AppointmentId id) {
		return this.db.select(RESERVATION.RESOURCE_KIND, RESERVATION.RESOURCE_ID)
			.from(RESERVATION)
			.where(RESERVATION.APPOINTMENT_ID.eq(id.value()))
			.orderBy(RESERVATION.RESOURCE_ID)
			.fetch((row) -> new BookableResource(BookableResource.Kind.valueOf(row.value1()), row.value2()));
	}

	// Two transactions inserting overlapping rows into a gist exclusion index can each
	// see the other's uncommitted entry and wait on it: a deadlock that no insertion
	// order
	// prevents (seen as 40P01 in the 100-booking race). So every booking first takes a
	// transaction-scoped advisory lock per resource, in the caller's stable order (by
	// resource id): bookings of a shared resource queue up instead of deadlocking, and
	// the
	// constraint then only meets committed rows. Rows are inserted one statement each, in
	// the same order.
	private void reserve(AppointmentId appointment, TimeRange during, List<BookableResource> resources) {
		for (BookableResource resource : resources) {
			this.db.execute("select pg_advisory_xact_lock(hashtextextended(?, 0))", resource.id().toString());
		}
		OffsetDateTimeRange range = range(during);
		for (BookableResource resource : resources) {
			this.db.insertInto(RESERVATION)
				.set(RESERVATION.APPOINTMENT_ID, appointment.value())
				.set(RESERVATION.RESOURCE_KIND, resource.kind().name())
				.set(RESERVATION.RESOURCE_ID, resource.id())
				.set(RESERVATION.DURING, range)
				.execute();
		}
	}

	private static Condition overlaps(TimeRange range) {
		return DSL.condition("{0} && {1}", RESERVATION.DURING, DSL.val(range(range), RESERVATION.DURING));
	}

	private static OffsetDateTimeRange range(TimeRange range) {
		// [start, end): half-open, so back-to-back appointments never collide
		return OffsetDateTimeRange.offsetDateTimeRange(utc(range.start()), true, utc(range.end()), false);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Appointment toAppointment(AppointmentRecord row) {
		return new Appointment(new AppointmentId(row.getId()), new PatientId(row.getPatientId()),
				row.getPractitionerId(), row.getLocationId(), row.getVisitTypeId(), row.getStartsAt().toInstant(),
				row.getEndsAt().toInstant(), AppointmentStatus.valueOf(row.getStatus()));
	}

}
