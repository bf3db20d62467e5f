package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import org.jspecify.annotations.Nullable;

/**
 * Mutation inputs. Ids are typed: Spring's conversion binds them through their
 * {@code of(String)}, and a malformed one is answered by the platform as a
 * VALIDATION_FAILED error naming the field, before any of these is built.
 */
final class Inputs {

	private Inputs() {
	}

	record SlotInput(PractitionerId practitionerId, LocationId locationId, VisitTypeId visitTypeId, Instant start) {

		SlotRequest toRequest() {
			return new SlotRequest(this.practitionerId, this.locationId, this.visitTypeId, this.start);
		}

	}

	record HoldSlotInput(SlotInput slot) {
	}

	record HoldInput(HoldId holdId) {
	}

	record ConfirmBookingInput(HoldId holdId, @Nullable String idempotencyKey) {

		Optional<String> key() {
			return Inputs.key(this.idempotencyKey);
		}

	}

	record BookWithoutHoldInput(@Nullable PatientId patientId, SlotInput slot, @Nullable String idempotencyKey) {

		Optional<String> key() {
			return Inputs.key(this.idempotencyKey);
		}

	}

	record CancelBookingInput(AppointmentId appointmentId) {
	}

	record RescheduleBookingInput(AppointmentId appointmentId, Instant newStart) {
	}

	private static Optional<String> key(@Nullable String idempotencyKey) {
		return Optional.ofNullable(idempotencyKey).filter((key) -> !key.isBlank());
	}

}
