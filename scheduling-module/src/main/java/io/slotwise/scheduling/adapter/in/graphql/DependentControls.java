package io.slotwise.scheduling.adapter.in.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.DependentDetails;
import io.slotwise.scheduling.DependentDraft;
import io.slotwise.scheduling.ManageDependents;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.adapter.in.graphql.UserErrors.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A guardian's dependents, and who each appointment is for. The guardian is always the
 * signed-in patient (see {@link CallerArguments}).
 */
@Controller
class DependentControls {

	private final ManageDependents dependents;

	DependentControls(ManageDependents dependents) {
		this.dependents = dependents;
	}

	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	List<DependentView> myDependents(PatientId caller) {
		return this.dependents.dependentsOf(caller).stream().map(DependentView::of).toList();
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	DependentPayload addDependent(@Argument DependentInput input, PatientId caller) {
		return DependentPayload.of(this.dependents.addDependent(caller, input.draft()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	DependentPayload updateDependent(@Argument DependentInput input, PatientId caller) {
		return DependentPayload.of(this.dependents.updateDependent(caller, input.dependent(), input.draft()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	RemoveDependentPayload removeDependent(@Argument DependentInput input, PatientId caller) {
		Outcome<PatientId> outcome = this.dependents.removeDependent(caller, input.dependent());
		PatientId removed = Payloads.value(outcome);
		return new RemoveDependentPayload((removed != null) ? removed.value().toString() : null,
				UserErrors.of(outcome, Paths.INPUT));
	}

	@SchemaMapping(typeName = "Appointment", field = "patientId")
	String patientId(AppointmentDetails appointment) {
		return appointment.patient().value().toString();
	}

	/** One query for a page of appointments, whoever they are for. */
	@BatchMapping(typeName = "Appointment", field = "dependent")
	Map<AppointmentDetails, DependentView> dependent(List<AppointmentDetails> appointments) {
		Map<PatientId, DependentDetails> found = this.dependents
			.byIds(appointments.stream().map(AppointmentDetails::patient).distinct().toList());
		return appointments.stream()
			.filter((appointment) -> found.containsKey(appointment.patient()))
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(appointment) -> DependentView.of(found.get(appointment.patient()))));
	}

	/**
	 * add, update and remove share one input shape; each uses the fields it needs.
	 */
	record DependentInput(@Nullable PatientId dependentId, @Nullable String name, @Nullable LocalDate dateOfBirth,
			DependentDetails.@Nullable Relationship relationship) {

		DependentDraft draft() {
			return new DependentDraft(Objects.requireNonNull(this.name), Objects.requireNonNull(this.dateOfBirth),
					Objects.requireNonNull(this.relationship));
		}

		PatientId dependent() {
			return Objects.requireNonNull(this.dependentId);
		}

	}

	record DependentView(String id, String name, LocalDate dateOfBirth, DependentDetails.Relationship relationship) {

		static DependentView of(DependentDetails dependent) {
			return new DependentView(dependent.id().value().toString(), dependent.name(), dependent.dateOfBirth(),
					dependent.relationship());
		}

	}

	record DependentPayload(DependentView dependent, List<UserError> errors) {

		static DependentPayload of(Outcome<DependentDetails> outcome) {
			DependentDetails dependent = Payloads.value(outcome);
			return new DependentPayload((dependent != null) ? DependentView.of(dependent) : null,
					UserErrors.of(outcome, Paths.INPUT));
		}

	}

	record RemoveDependentPayload(String dependentId, List<UserError> errors) {
	}

}
