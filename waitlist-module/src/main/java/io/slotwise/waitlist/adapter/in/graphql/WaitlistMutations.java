package io.slotwise.waitlist.adapter.in.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.slotwise.waitlist.JoinWaitlist;
import io.slotwise.waitlist.RespondToOffer;
import io.slotwise.waitlist.SetWaitlistPriority;
import io.slotwise.waitlist.adapter.in.graphql.Inputs.JoinWaitlistInput;
import io.slotwise.waitlist.adapter.in.graphql.Inputs.LeaveWaitlistInput;
import io.slotwise.waitlist.adapter.in.graphql.Inputs.OfferInput;
import io.slotwise.waitlist.adapter.in.graphql.Inputs.SetWaitlistPriorityInput;
import io.slotwise.waitlist.adapter.in.graphql.Inputs.UpdateWaitlistEntryInput;
import io.slotwise.waitlist.adapter.in.graphql.Payloads.EntryPayload;
import io.slotwise.waitlist.adapter.in.graphql.Payloads.OfferPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Joining, changing and leaving the waitlist; answering offers; staff priorities.
 */
@Controller
class WaitlistMutations {

	private final JoinWaitlist join;

	private final RespondToOffer respond;

	private final SetWaitlistPriority priority;

	private final Clock clock;

	WaitlistMutations(JoinWaitlist join, RespondToOffer respond, SetWaitlistPriority priority, Clock clock) {
		this.join = join;
		this.respond = respond;
		this.priority = priority;
		this.clock = clock;
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	EntryPayload joinWaitlist(@Argument JoinWaitlistInput input, Caller caller) {
		return EntryPayload.of(this.join.join(caller.patient(), input.preferences().toPreferences()), today());
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	EntryPayload updateWaitlistEntry(@Argument UpdateWaitlistEntryInput input, Caller caller) {
		return EntryPayload.of(this.join.update(caller.patient(), input.entryId(), input.preferences().toPreferences()),
				today());
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	EntryPayload leaveWaitlist(@Argument LeaveWaitlistInput input, Caller caller) {
		return EntryPayload.of(this.join.leave(caller.patient(), input.entryId()), today());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
	EntryPayload setWaitlistPriority(@Argument SetWaitlistPriorityInput input, Caller caller) {
		return EntryPayload.of(this.priority.setPriority(caller.requester(), input.entryId(), input.priority()),
				today());
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	OfferPayload acceptOffer(@Argument OfferInput input, Caller caller) {
		return OfferPayload.of(this.respond.accept(caller.patient(), input.offerId()));
	}

	@MutationMapping
	@PreAuthorize("hasRole('PATIENT')")
	OfferPayload declineOffer(@Argument OfferInput input, Caller caller) {
		return OfferPayload.of(this.respond.decline(caller.patient(), input.offerId()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
