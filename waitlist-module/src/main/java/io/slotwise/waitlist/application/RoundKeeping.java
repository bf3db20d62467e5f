package io.slotwise.waitlist.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldForOffers;
import io.slotwise.scheduling.Outcome;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.domain.OfferRound;
import io.slotwise.waitlist.domain.OfferRounds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a round on (the domain decides who is offered next) while keeping the slot held
 * through scheduling for as long as its offers are open, and gives the slot back to the
 * public once nobody is left. Runs inside the caller's transaction, under the round's row
 * lock.
 */
@Component
class RoundKeeping {

	private final HoldForOffers holds;

	private final OfferRounds rounds;

	private final WaitlistSettings settings;

	private final ApplicationEventPublisher events;

	RoundKeeping(HoldForOffers holds, OfferRounds rounds, WaitlistSettings settings, ApplicationEventPublisher events) {
		this.holds = holds;
		this.rounds = rounds;
		this.settings = settings;
		this.events = events;
	}

	/** Publishes what happened, cascades, saves. */
	void moveOn(OfferRound round, List<OfferEvent> happened, Instant now) {
		List<OfferEvent> made = (round.status() == OfferRound.Status.OPEN)
				? round.cascade(now, this.settings.windows(), (until) -> keep(round, until)) : List.of();
		if (round.status() == OfferRound.Status.EXHAUSTED) {
			round.hold().ifPresent(this.holds::releaseOffers);
		}
		this.rounds.save(round);
		happened.forEach(this.events::publishEvent);
		made.forEach(this.events::publishEvent);
	}

	/** Saves a round that ends without cascading, and publishes what happened. */
	void close(OfferRound round, List<OfferEvent> happened) {
		this.rounds.save(round);
		happened.forEach(this.events::publishEvent);
	}

	private Optional<Instant> keep(OfferRound round, Instant until) {
		Outcome<HoldDetails> held = round.hold()
			.map((hold) -> this.holds.keepForOffers(hold, until))
			.orElseGet(() -> this.holds.holdForOffers(round.slot(), until));
		if (held instanceof Outcome.Done<HoldDetails>(HoldDetails hold)) {
			round.heldBy(hold.id());
			return Optional.of(hold.expiresAt());
		}
		if (round.hold().isEmpty()) {
			round.unavailable();
		}
		return Optional.empty();
	}

}
