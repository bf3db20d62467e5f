package io.slotwise.scheduling.adapter.in.graphql;

import io.slotwise.scheduling.BookWithoutHold;
import io.slotwise.scheduling.CancelBooking;
import io.slotwise.scheduling.ConfirmBooking;
import io.slotwise.scheduling.ExtendHold;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.ReleaseHold;
import io.slotwise.scheduling.Requester;
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
import org.springframework.stereotype.Controller;

/**
 * Holds and bookings. The caller comes from the token (see {@link CallerArguments}); who
 * may act on whose booking is decided by the domain from the caller's roles and
 * locations.
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
	HoldSlotPayload holdSlot(@Argument HoldSlotInput input, PatientId caller) {
		return HoldSlotPayload.of(this.holdSlot.holdSlot(caller, input.slot().toRequest()), Paths.SLOT);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	ReleaseHoldPayload releaseHold(@Argument HoldInput input, PatientId caller) {
		return ReleaseHoldPayload.of(this.releaseHold.releaseHold(caller, input.holdId()), Paths.INPUT);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	ExtendHoldPayload extendHold(@Argument HoldInput input, PatientId caller) {
		return ExtendHoldPayload.of(this.extendHold.extendHold(caller, input.holdId()), Paths.INPUT);
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	BookingPayload confirmBooking(@Argument ConfirmBookingInput input, PatientId caller) {
		return BookingPayload.of(this.confirmBooking.confirmBooking(caller, input.holdId(), input.key()), Paths.INPUT);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload bookWithoutHold(@Argument BookWithoutHoldInput input, Requester caller) {
		// Another patient only for staff at the location or an administrator: the
		// requester's standing decides, not this argument.
		PatientId patient = (input.patientId() != null) ? input.patientId() : new PatientId(caller.id());
		return BookingPayload.of(
				this.bookWithoutHold.bookWithoutHold(caller, patient, input.slot().toRequest(), input.key()),
				Paths.SLOT);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload cancelBooking(@Argument CancelBookingInput input, Requester caller) {
		return BookingPayload.of(this.cancelBooking.cancelBooking(caller, input.appointmentId()), Paths.INPUT);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('PATIENT', 'STAFF', 'ADMIN')")
	BookingPayload rescheduleBooking(@Argument RescheduleBookingInput input, Requester caller) {
		return BookingPayload.of(
				this.rescheduleBooking.rescheduleBooking(caller, input.appointmentId(), input.newStart()),
				Paths.RESCHEDULE);
	}

}
