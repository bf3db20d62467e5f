package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;
import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.RESERVATION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentDetails.Status;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.AppointmentRecord;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Occupancy;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.postgres.extensions.types.OffsetDateTimeRange;

import org.springframework.stereotype.Repository;

@Repository
class JooqAppointments implements Appointments {

	private static final Field<OffsetDateTime> LOWER = DSL.field("lower({0})", SQLDataType.TIMESTAMPWITHTIMEZONE,
			RESERVATION.DURING);

	private static final Field<OffsetDateTime> UPPER = DSL.field("upper({0})", SQLDataType.TIMESTAMPWITHTIMEZONE,
			RESERVATION.DURING);

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
	public List<Appointment> ofPatients(Collection<PatientId> patients, int offset, int limit) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.PATIENT_ID.in(patients.stream().map(PatientId::value).toList()))
			.orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqAppointments::toAppointment);
	}

	@Override
	public int countOfPatients(Collection<PatientId> patients) {
		return this.db.fetchCount(APPOINTMENT,
				APPOINTMENT.PATIENT_ID.in(patients.stream().map(PatientId::value).toList()));
	}

	@Override
	public List<Appointment> bookedDuring(Collection<PractitionerId> practitioners, Collection<LocationId> locations,
			TimeRange time) {
		if (practitioners.isEmpty() || locations.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.PRACTITIONER_ID.in(practitioners.stream().map(PractitionerId::value).toList()),
					APPOINTMENT.LOCATION_ID.in(locations.stream().map(LocationId::value).toList()),
					APPOINTMENT.STATUS.eq(Status.BOOKED.name()),
					APPOINTMENT.STARTS_AT.lt(time.end().atOffset(ZoneOffset.UTC)),
					APPOINTMENT.ENDS_AT.gt(time.start().atOffset(ZoneOffset.UTC)))
			.orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
			.fetch(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byId(AppointmentId id) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.ID.eq(id.value()))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public List<Appointment> byIds(Collection<AppointmentId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.ID.in(ids.stream().map(AppointmentId::value).toList()))
			.fetch(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> lockedById(AppointmentId id) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.ID.eq(id.value()))
			.forUpdate()
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byHold(HoldId hold) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.HOLD_ID.eq(hold.value()))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public Optional<Appointment> byIdempotencyKey(UUID bookedBy, PatientId patient, String key) {
		return this.db.selectFrom(APPOINTMENT)
			.where(APPOINTMENT.PATIENT_ID.eq(patient.value()), APPOINTMENT.BOOKED_BY.eq(bookedBy),
					APPOINTMENT.IDEMPOTENCY_KEY.eq(key))
			.fetchOptional(JooqAppointments::toAppointment);
	}

	@Override
	public Occupancy occupancy(Optional<AppointmentId> moving) {
		return new AdvisoryLockOccupancy(this.db, moving.map(AppointmentId::value));
	}

	@Override
	public void add(Appointment appointment, List<Resource> reserved) {
		ReservationFailures.translate(() -> {
			this.db.insertInto(APPOINTMENT)
				.set(APPOINTMENT.ID, appointment.id().value())
				.set(APPOINTMENT.PATIENT_ID, appointment.patient().value())
				.set(APPOINTMENT.PRACTITIONER_ID, appointment.practitioner().value())
				.set(APPOINTMENT.LOCATION_ID, appointment.location().value())
				.set(APPOINTMENT.VISIT_TYPE_ID, appointment.visitType().value())
				.set(APPOINTMENT.STARTS_AT, utc(appointment.time().start()))
				.set(APPOINTMENT.ENDS_AT, utc(appointment.time().end()))
				.set(APPOINTMENT.STATUS, appointment.status().name())
				.set(APPOINTMENT.HOLD_ID, appointment.origin().hold().map(HoldId::value).orElse(null))
				.set(APPOINTMENT.IDEMPOTENCY_KEY, appointment.origin().idempotencyKey().orElse(null))
				.set(APPOINTMENT.BOOKED_BY, appointment.origin().bookedBy())
				.set(APPOINTMENT.REQUEST_FINGERPRINT, appointment.origin().request())
				.execute();
			reserve(appointment, reserved);
		});
	}

	@Override
	public void save(Appointment appointment, List<Resource> reserved) {
		if (!appointment.isBooked() && !reserved.isEmpty()) {
			throw new IllegalArgumentException("A cancelled appointment reserves nothing");
		}
		ReservationFailures.translate(() -> {
			// Reservations go first: the database refuses to cancel an appointment that
			// still has any.
			this.db.deleteFrom(RESERVATION).where(RESERVATION.APPOINTMENT_ID.eq(appointment.id().value())).execute();
			this.db.update(APPOINTMENT)
				.set(APPOINTMENT.STARTS_AT, utc(appointment.time().start()))
				.set(APPOINTMENT.ENDS_AT, utc(appointment.time().end()))
				.set(APPOINTMENT.STATUS, appointment.status().name())
				.set(APPOINTMENT.CANCELLED_AT,
						appointment.isBooked() ? DSL.inline((OffsetDateTime) null) : DSL.currentOffsetDateTime())
				.where(APPOINTMENT.ID.eq(appointment.id().value()))
				.execute();
			reserve(appointment, reserved);
		});
	}

	@Override
	public Map<UUID, List<TimeRange>> reservations(Collection<UUID> resources, TimeRange range) {
		Map<UUID, List<TimeRange>> busy = new HashMap<>();
		if (resources.isEmpty()) {
			return busy;
		}
		// The bounds as timestamps, not the range: jOOQ parses a range's text by trying a
		// format that fails first, an exception per row on every hold (issue 15 profile).
		this.db.select(RESERVATION.RESOURCE_ID, LOWER, UPPER)
			.from(RESERVATION)
			.where(RESERVATION.RESOURCE_ID.in(resources), overlaps(range))
			.forEach((row) -> busy.computeIfAbsent(row.value1(), (id) -> new ArrayList<>())
				.add(new TimeRange(row.value2().toInstant(), row.value3().toInstant())));
		return busy;
	}

	// Rows in one global order (by resource id): the claims taken while choosing already
	// serialise bookings of a shared resource, so the exclusion constraint only ever
	// meets committed rows and two inserts never wait on each other's gist entries.
	private void reserve(Appointment appointment, List<Resource> reserved) {
		// One multi-row insert: one round trip whatever the number of resources.
		if (reserved.isEmpty()) {
			return;
		}
		OffsetDateTimeRange during = range(appointment.time());
		var insert = this.db.insertInto(RESERVATION, RESERVATION.APPOINTMENT_ID, RESERVATION.RESOURCE_KIND,
				RESERVATION.RESOURCE_ID, RESERVATION.DURING);
		for (Resource resource : reserved.stream().sorted(Comparator.comparing(Resource::id)).toList()) {
			insert = insert.values(appointment.id().value(), resource.kind().name(), resource.id(), during);
		}
		insert.execute();
	}

	static Condition overlaps(TimeRange range) {
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
		SlotRequest visit = new SlotRequest(new PractitionerId(row.getPractitionerId()),
				new LocationId(row.getLocationId()), new VisitTypeId(row.getVisitTypeId()),
				row.getStartsAt().toInstant());
		return Appointment.restore(new AppointmentId(row.getId()), new PatientId(row.getPatientId()), visit,
				new Appointment.Origin(Optional.ofNullable(row.getHoldId()).map(HoldId::new),
						Optional.ofNullable(row.getIdempotencyKey()), row.getBookedBy(), row.getRequestFingerprint()),
				new TimeRange(row.getStartsAt().toInstant(), row.getEndsAt().toInstant()),
				Status.valueOf(row.getStatus()));
	}

}
