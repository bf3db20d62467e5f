package io.slotwise.scheduling.adapter.in.graphql;

import java.util.UUID;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.ExtendHold;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.ReleaseHold;
import io.slotwise.scheduling.RescheduleBooking;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.BookWithoutHoldInput;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.CancelBookingInput;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.ConfirmBookingInput;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.HoldInput;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.HoldSlotInput;
import io.slotwise.scheduling.adapter.in.graphql.Inputs.RescheduleBookingInput;
import io.slotwise.scheduling.adapter.in.graphql.Payloads.BookingPayload;
import io.slotwise.scheduling.adapter.in.graphql.Payloads.ExtendHoldPayload;
import io.slotwise.scheduling.adapter.in.graphql.Payloads.HoldSlotPayload;
import io.slotwise.scheduling.adapter.in.graphql.Payloads.ReleaseHoldPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

/**
 * Holds and bookings. The acting patient is the token's subject; who may act on whose
 * booking is decided by the ports from the caller's roles and locations.
 */
@Controller
class BookingMutations {

	private final HoldSlot holdSlot;

	private final ReleaseHold releaseHold;

	private final ExtendHold extendHold;

	private final ConfirmBooking confirmBooking;

	private final BookWithoutHold bookWithoutHold;

	private final CancelBooking cancelBooking;

	private final RescheduleBooking rescheduleBooking;

	BookingMutations(HoldSlot holdSlot, ReleaseHold releaseHold, ExtendHold extendHold, ConfirmBooking confirmBooking,
			BookWithoutHold bookWithoutHold, CancelBooking cancelBooking, RescheduleBooking rescheduleBooking) {
		this.holdSlot = holdSlot;
		this.releaseHold = releaseHold;
		this.extendHold = extendHold;
		this.confirmBooking = confirmBooking;
		this.bookWithoutHold = bookWithoutHold;
		this.cancelBooking = cancelBooking;
		this.rescheduleBooking = rescheduleBooking;
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	HoldSlotPayload holdSlot(@Argument HoldSlotInput input, @AuthenticationPrincipal Jwt caller) {
		return HoldSlotPayload.of(this.holdSlot.holdSlot(Inputs.patient(caller), input.slot().toRequest()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	ReleaseHoldPayload releaseHold(@Argument HoldInput input, @AuthenticationPrincipal Jwt caller) {
		return ReleaseHoldPayload.of(this.releaseHold.releaseHold(Inputs.patient(caller), HoldId.of(input.holdId())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	ExtendHoldPayload extendHold(@Argument HoldInput input, @AuthenticationPrincipal Jwt caller) {
		return ExtendHoldPayload.of(this.extendHold.extendHold(Inputs.patient(caller), HoldId.of(input.holdId())));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	BookingPayload confirmBooking(@Argument ConfirmBookingInput input, @AuthenticationPrincipal Jwt caller) {
		return BookingPayload.of(this.confirmBooking.confirmBooking(Inputs.patient(caller), HoldId.of(input.holdId()),
				Inputs.key(input.idempotencyKey())));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload bookWithoutHold(@Argument BookWithoutHoldInput input, @AuthenticationPrincipal Jwt caller) {
		PatientId patient = (input.patientId() != null) ? new PatientId(UUID.fromString(input.patientId()))
				: Inputs.patient(caller);
		return BookingPayload.of(this.bookWithoutHold.bookWithoutHold(Inputs.requester(caller), patient,
				input.slot().toRequest(), Inputs.key(input.idempotencyKey())));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload cancelBooking(@Argument CancelBookingInput input, @AuthenticationPrincipal Jwt caller) {
		return BookingPayload.of(this.cancelBooking.cancelBooking(Inputs.requester(caller),
				new AppointmentId(UUID.fromString(input.appointmentId()))));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload rescheduleBooking(@Argument RescheduleBookingInput input, @AuthenticationPrincipal Jwt caller) {
		return BookingPayload.of(this.rescheduleBooking.rescheduleBooking(Inputs.requester(caller),
				new AppointmentId(UUID.fromString(input.appointmentId())), input.newStart()));
	}

}
