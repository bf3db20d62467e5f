package io.slotwise.scheduling.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.ListPatientAppointments;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.audit.AuditTrail;
import io.slotwise.scheduling.audit.PhiAccess;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewAppointment;
import io.slotwise.scheduling.domain.Appointments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the appointment book. Not a read-only transaction: showing a patient's
 * appointments appends to the audit trail.
 */
@Service
@Transactional
class AppointmentBook implements ListPatientAppointments, ViewAppointment {

	private final Appointments appointments;

	private final AuditTrail audit;

	AppointmentBook(Appointments appointments, AuditTrail audit) {
		this.appointments = appointments;
		this.audit = audit;
	}

	@Override
	public List<AppointmentDetails> appointmentsOf(PatientId patient, int offset, int limit) {
		this.audit.record(PhiAccess.read(patient, "appointments", null));
		return this.appointments.ofPatient(patient, offset, limit).stream().map(Appointment::details).toList();
	}

	@Override
	public List<AppointmentDetails> appointmentsOf(Collection<PatientId> family, int offset, int limit) {
		family.forEach((patient) -> this.audit.record(PhiAccess.read(patient, "appointments", null)));
		return this.appointments.ofPatients(family, offset, limit).stream().map(Appointment::details).toList();
	}

	@Override
	public int countOf(Collection<PatientId> family) {
		return this.appointments.countOfPatients(family);
	}

	@Override
	public List<AppointmentDetails> appointments(Requester requester, Collection<AppointmentId> ids) {
		List<AppointmentDetails> shown = this.appointments.byIds(ids)
			.stream()
			.map(Appointment::details)
			.filter((details) -> requester.mayActFor(details.patient(), details.location()))
			.toList();
		this.audit.recordAll(shown.stream()
			.map((details) -> PhiAccess.read(details.patient(), "appointment", details.id().value()))
			.toList());
		return shown;
	}

	@Override
	public Optional<AppointmentDetails> appointment(Requester requester, AppointmentId id) {
		Optional<AppointmentDetails> shown = this.appointments.byId(id)
			.map(Appointment::details)
			.filter((details) -> requester.mayActFor(details.patient(), details.location()));
		shown.ifPresent((details) -> this.audit.record(PhiAccess.read(details.patient(), "appointment", id.value())));
		return shown;
	}

}
