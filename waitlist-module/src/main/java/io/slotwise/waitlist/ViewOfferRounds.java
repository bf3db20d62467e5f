package io.slotwise.waitlist;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Requester;

/**
 * Staff see how each freed slot of their locations was offered: its candidates in rank
 * order with the per-slot score breakdown that placed them there.
 */
public interface ViewOfferRounds {

	/** The most candidates shown per round (the best ones). */
	int MAX_CANDIDATES = 50;

	/** Newest first; staff of the location or admins only. */
	WaitlistOutcome<List<RoundDetails>> roundsAt(Requester staff, LocationId location, int offset, int limit);

	/** How many rounds {@link #roundsAt} pages through, for the same staff. */
	WaitlistOutcome<Integer> roundCountAt(Requester staff, LocationId location);

	/**
	 * One freed slot's round.
	 *
	 * @param cause what freed the slot, e.g. {@code cancelled:<appointment>}
	 * @param status OPEN, BOOKING, BOOKED, EXHAUSTED or UNAVAILABLE
	 * @param candidates the best {@link #MAX_CANDIDATES}, rank 1 first
	 */
	record RoundDetails(UUID id, String cause, PractitionerId practitioner, LocationId location, VisitTypeId visitType,
			Instant start, Instant end, String status, Instant openedAt, int candidateCount,
			List<RankedCandidate> candidates) {
	}

	/**
	 * A candidate of a round.
	 *
	 * @param offer the status of the offer made to it, if one was made
	 */
	record RankedCandidate(int rank, EntryId entry, PatientId patient, ScoreBreakdown score,
			Optional<OfferDetails.Status> offer) {
	}

}
