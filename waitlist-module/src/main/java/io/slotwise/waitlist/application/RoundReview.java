package io.slotwise.waitlist.application;

import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.Requester;
import io.slotwise.waitlist.ViewOfferRounds;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.WaitlistProblem.Code;
import io.slotwise.waitlist.domain.OfferRounds;

import org.springframework.stereotype.Service;

/**
 * Staff's view of the offer rounds at their locations, with each candidate's stored
 * per-slot score breakdown.
 */
@Service
class RoundReview implements ViewOfferRounds {

	private final OfferRounds rounds;

	RoundReview(OfferRounds rounds) {
		this.rounds = rounds;
	}

	@Override
	public WaitlistOutcome<List<RoundDetails>> roundsAt(Requester staff, LocationId location, int offset, int limit) {
		if (!StaffAccess.maySee(staff, location)) {
			return WaitlistOutcome.refused(Code.FORBIDDEN, "Not one of your locations");
		}
		return WaitlistOutcome.done(this.rounds.roundsAt(location, offset, limit, MAX_CANDIDATES));
	}

	@Override
	public WaitlistOutcome<Integer> roundCountAt(Requester staff, LocationId location) {
		if (!StaffAccess.maySee(staff, location)) {
			return WaitlistOutcome.refused(Code.FORBIDDEN, "Not one of your locations");
		}
		return WaitlistOutcome.done(this.rounds.countRoundsAt(location));
	}

}
