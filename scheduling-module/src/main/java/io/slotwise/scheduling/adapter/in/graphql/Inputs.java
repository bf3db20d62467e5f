package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.SlotRequest;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Mutation inputs and the caller, as scheduling's ports want them.
 */
final class Inputs {

	private Inputs() {
	}

	record SlotInput(String practitionerId, String locationId, String visitTypeId, Instant start) {

		SlotRequest toRequest() {
			return new SlotRequest(new PractitionerId(UUID.fromString(this.practitionerId)),
					LocationId.of(this.locationId), new VisitTypeId(UUID.fromString(this.visitTypeId)), this.start);
		}

	}

	record HoldSlotInput(SlotInput slot) {
	}

	record HoldInput(String holdId) {
	}

	record ConfirmBookingInput(String holdId, String idempotencyKey) {
	}

	record BookWithoutHoldInput(String patientId, SlotInput slot, String idempotencyKey) {
	}

	record CancelBookingInput(String appointmentId) {
	}

	record RescheduleBookingInput(String appointmentId, Instant newStart) {
	}

	static PatientId patient(Jwt caller) {
		return new PatientId(UUID.fromString(caller.getSubject()));
	}

	static Optional<String> key(String idempotencyKey) {
		return Optional.ofNullable(idempotencyKey).filter((key) -> !key.isBlank());
	}

	/**
	 * The caller's standing from the token: roles from {@code roles}, a staff member's
	 * locations from {@code locations}.
	 */
	static Requester requester(Jwt caller) {
		List<String> roles = Optional.ofNullable(caller.getClaimAsStringList("roles")).orElse(List.of());
		Requester.Standing standing = roles.contains("ADMIN") ? Requester.Standing.ADMIN
				: roles.contains("STAFF") ? Requester.Standing.STAFF : Requester.Standing.PATIENT;
		Collection<String> locations = Optional.ofNullable(caller.getClaimAsStringList("locations")).orElse(List.of());
		Set<LocationId> where = locations.stream().map(LocationId::of).collect(Collectors.toSet());
		return new Requester(UUID.fromString(caller.getSubject()), standing, where);
	}

}
