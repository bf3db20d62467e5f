package io.slotwise.scheduling.application;

import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.domain.Appointment;
import io.slotwise.scheduling.ListPatientAppointments;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewAppointment;
import io.slotwise.scheduling.domain.Appointments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the appointment book.
 */
@Service
@Transactional(readOnly = true)
class AppointmentBook implements ListPatientAppointments, ViewAppointment {

	private final Appointments appointments;

	AppointmentBook(Appointments appointments) {
		this.appointments = appointments;
	}

	@Override
	public List<AppointmentDetails> appointmentsOf(PatientId patient, int offset, int limit) {
		return this.appointments.ofPatient(patient, offset, limit).stream().map(Appointment::details).toList();
	}

	@Override
	public Optional<AppointmentDetails> appointment(Requester requester, AppointmentId id) {
		return this.appointments.byId(id)
			.map(Appointment::details)
			.filter((details) -> requester.mayActFor(details.patient(), details.location()));
	}

}
