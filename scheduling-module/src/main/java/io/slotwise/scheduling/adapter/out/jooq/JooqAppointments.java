package io.slotwise.scheduling.adapter.out.jooq;

import static io.slotwise.scheduling.adapter.out.jooq.schema.Tables.APPOINTMENT;

import java.util.List;

import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.AppointmentStatus;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.out.jooq.schema.tables.records.AppointmentRecord;
import io.slotwise.scheduling.domain.Appointments;
import org.jooq.DSLContext;

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

	private static Appointment toAppointment(AppointmentRecord row) {
		return new Appointment(new AppointmentId(row.getId()), new PatientId(row.getPatientId()),
				row.getPractitionerId(), row.getLocationId(), row.getStartsAt().toInstant(),
				row.getEndsAt().toInstant(), AppointmentStatus.valueOf(row.getStatus()));
	}

}
