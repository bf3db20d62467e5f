package io.slotwise.scheduling.application;

import java.util.Collection;
import java.util.List;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.ListPatientAppointments;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.domain.Appointments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the appointment book.
 */
@Service
@Transactional(readOnly = true)
class AppointmentBook implements ListPatientAppointments {

	private final Appointments appointments;

	AppointmentBook(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public List<AppointmentDetails> appointmentsOf(PatientId patient, int offset, int limit) {
		return this.appointments.ofPatient(patient, offset, limit).stream().map(Appointment::details).toList();
	}

	@Override
	public List<AppointmentDetails> appointmentsOf(Collection<PatientId> family, int offset, int limit) {
		return this.appointments.ofPatients(family, offset, limit).stream().map(Appointment::details).toList();
	}

}
