package io.slotwise.scheduling.adapter.in.graphql;

import java.util.HashSet;
import java.util.Set;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.ListPatientAppointments;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.ViewAppointment;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class AppointmentQueries {

	static final int MAX_PAGE = 50;

	private final ListPatientAppointments appointments;

	private final ViewAppointment view;

	AppointmentQueries(ListPatientAppointments appointments, ViewAppointment view) {
		this.appointments = appointments;
		this.view = view;
	}

	/**
	 * Null for an appointment the caller may not see, exactly as for one that does not
	 * exist.
	 */
	@QueryMapping
	@PreAuthorize("isAuthenticated()")
	@Nullable AppointmentDetails appointment(@Argument AppointmentId id, Requester caller) {
		return this.view.appointment(caller, id).orElse(null);
	}

	/**
	 * The caller's own appointments and their dependents' (issue 11); the patient is the
	 * token's subject, never an argument.
	 */
	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	Window<AppointmentDetails> myAppointments(ScrollSubrange subrange, Requester caller) {
		Page page = Page.of(subrange, 20, MAX_PAGE);
		return page
			.fromOverfetch(this.appointments.appointmentsOf(family(caller), (int) page.offset(), page.size() + 1));
	}

	/** Counted only when a client selects it: one COUNT over the same patients. */
	@SchemaMapping(typeName = "AppointmentConnection", field = "totalCount")
	@PreAuthorize("hasRole('PATIENT')")
	int myAppointmentsCount(Requester caller) {
		return this.appointments.countOf(family(caller));
	}

	private static Set<PatientId> family(Requester caller) {
		Set<PatientId> family = new HashSet<>(caller.wards());
		family.add(new PatientId(caller.id()));
		return family;
	}

	@SchemaMapping(typeName = "Appointment", field = "id")
	String id(AppointmentDetails appointment) {
		return appointment.id().value().toString();
	}

	@SchemaMapping(typeName = "Appointment", field = "practitionerId")
	String practitionerId(AppointmentDetails appointment) {
		return appointment.practitioner().value().toString();
	}

	@SchemaMapping(typeName = "Appointment", field = "locationId")
	String locationId(AppointmentDetails appointment) {
		return appointment.location().value().toString();
	}

	@SchemaMapping(typeName = "Appointment", field = "visitTypeId")
	String visitTypeId(AppointmentDetails appointment) {
		return appointment.visitType().value().toString();
	}

}
