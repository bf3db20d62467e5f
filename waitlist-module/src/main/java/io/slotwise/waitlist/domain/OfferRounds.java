package io.slotwise.waitlist.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.ViewOfferRounds;

/**
 * The offer rounds of freed slots, with their candidates and offers.
 */
public interface OfferRounds {

	/**
	 * Stores a new round unless one with the same cause exists.
	 * @return whether it was stored (false: the cause was handled already)
	 */
	boolean addIfNew(OfferRound round);

	void save(OfferRound round);

	/** The round, locked for this transaction. */
	Optional<OfferRound> lock(UUID round);

	/** The round of the offer, locked for this transaction. */
	Optional<OfferRound> lockByOffer(OfferId offer);

	/**
	 * Open rounds with an offer due at {@code now}, locked and skipped by everyone else
	 * until this transaction ends, so each is cascaded by one instance.
	 */
	List<UUID> claimDue(Instant now, int max);

	List<OfferDetails> offersOf(PatientId patient, int offset, int limit);

	/** How many offers the patient was ever made (the size of {@link #offersOf}). */
	int countOffersOf(PatientId patient);

	/** How many rounds were opened at the location (the size of {@link #roundsAt}). */
	int countRoundsAt(LocationId location);

	Optional<OfferDetails> offer(OfferId offer);

	/** The rounds of slots at the location, newest first, with their best candidates. */
	List<ViewOfferRounds.RoundDetails> roundsAt(LocationId location, int offset, int limit, int candidates);

	/** The round whose offer hold this is, if any. */
	Optional<OfferRound> lockByHold(HoldId hold);

}
