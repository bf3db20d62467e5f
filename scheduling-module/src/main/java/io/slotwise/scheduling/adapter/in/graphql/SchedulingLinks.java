package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;
import java.util.Map;

import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.adapter.in.graphql.CalendarControls.ConnectionView;
import io.slotwise.scheduling.adapter.in.graphql.Payloads.HoldView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Scheduling's objects point at catalog objects; these fields return them, batched per
 * page. The catalog is public, so the fields need no more than the object they hang on
 * (whoever may see an appointment may see its practitioner).
 */
@Controller
class SchedulingLinks {

	private final CatalogLinks catalog;

	SchedulingLinks(CatalogLinks catalog) {
		this.catalog = catalog;
	}

	@BatchMapping(typeName = "Appointment", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<AppointmentDetails, Practitioner> appointmentPractitioner(List<AppointmentDetails> appointments) {
		return this.catalog.practitioners(appointments, AppointmentDetails::practitioner);
	}

	@BatchMapping(typeName = "Appointment", field = "location")
	@PreAuthorize("permitAll()")
	Map<AppointmentDetails, LocationDetails> appointmentLocation(List<AppointmentDetails> appointments) {
		return this.catalog.locations(appointments, AppointmentDetails::location);
	}

	@BatchMapping(typeName = "Appointment", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<AppointmentDetails, VisitType> appointmentVisitType(List<AppointmentDetails> appointments) {
		return this.catalog.visitTypes(appointments, AppointmentDetails::visitType);
	}

	@BatchMapping(typeName = "Hold", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<HoldView, Practitioner> holdPractitioner(List<HoldView> holds) {
		return this.catalog.practitioners(holds, (hold) -> hold.slot().practitioner());
	}

	@BatchMapping(typeName = "Hold", field = "location")
	@PreAuthorize("permitAll()")
	Map<HoldView, LocationDetails> holdLocation(List<HoldView> holds) {
		return this.catalog.locations(holds, (hold) -> hold.slot().location());
	}

	@BatchMapping(typeName = "Hold", field = "visitType")
	@PreAuthorize("permitAll()")
	Map<HoldView, VisitType> holdVisitType(List<HoldView> holds) {
		return this.catalog.visitTypes(holds, (hold) -> hold.slot().visitType());
	}

	@BatchMapping(typeName = "CalendarConnection", field = "practitioner")
	@PreAuthorize("permitAll()")
	Map<ConnectionView, Practitioner> connectionPractitioner(List<ConnectionView> connections) {
		return this.catalog.practitioners(connections, (connection) -> PractitionerId.of(connection.practitionerId()));
	}

	/** A search result already carries the whole catalog objects: no query. */
	@SchemaMapping(typeName = "SearchPractitioner", field = "details")
	@PreAuthorize("permitAll()")
	Practitioner searchedPractitioner(Practitioner practitioner) {
		return practitioner;
	}

	@SchemaMapping(typeName = "SearchLocation", field = "details")
	@PreAuthorize("permitAll()")
	LocationDetails searchedLocation(LocationDetails location) {
		return location;
	}

	@SchemaMapping(typeName = "SearchVisitType", field = "details")
	@PreAuthorize("permitAll()")
	VisitType searchedVisitType(VisitType visitType) {
		return visitType;
	}

}
