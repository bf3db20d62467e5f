package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.UUID;

import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.ListPatientAppointments;
import io.slotwise.scheduling.PatientId;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
class AppointmentQueries {

	static final int MAX_PAGE = 50;

	private final ListPatientAppointments appointments;

	AppointmentQueries(ListPatientAppointments appointments) {
		this.appointments = appointments;
	}

	/**
	 * The caller's own appointments; the patient is the token's subject, never an
	 * argument.
	 */
	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	Window<Appointment> myAppointments(ScrollSubrange subrange, @AuthenticationPrincipal Jwt caller) {
		int limit = Math.min(subrange.count().orElse(20), MAX_PAGE);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		PatientId patient = new PatientId(UUID.fromString(caller.getSubject()));
		List<Appointment> page = this.appointments.appointmentsOf(patient, (int) offset, limit + 1);
		boolean hasNext = page.size() > limit;
		return Window.from(hasNext ? page.subList(0, limit) : page, (index) -> ScrollPosition.offset(offset + index),
				hasNext);
	}

	@SchemaMapping(typeName = "Appointment", field = "id")
	String id(Appointment appointment) {
		return appointment.id().value().toString();
	}

}
