package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.slotwise.resources.Location;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.domain.Candidate;
import io.slotwise.waitlist.domain.FlexibilityScoring;
import io.slotwise.waitlist.domain.FreedSlot;
import io.slotwise.waitlist.domain.Matching;
import io.slotwise.waitlist.domain.OfferRound;
import io.slotwise.waitlist.domain.OfferRounds;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Freed time reaches the waitlist: a cancellation, or the old slot of a reschedule, opens
 * one round per freed slot (a replayed event finds its round by cause and does nothing),
 * ranks the entries it suits and makes the first offers.
 */
@Service
class Matchmaker {

	private final WaitlistEntries entries;

	private final OfferRounds rounds;

	private final RoundKeeping keeping;

	private final FlexibilityScoring scoring;

	private final SchedulingCatalog catalog;

	private final WaitlistSettings settings;

	private final Clock clock;

	Matchmaker(WaitlistEntries entries, OfferRounds rounds, RoundKeeping keeping, FlexibilityScoring scoring,
			SchedulingCatalog catalog, WaitlistSettings settings, Clock clock) {
		this.entries = entries;
		this.rounds = rounds;
		this.keeping = keeping;
		this.scoring = scoring;
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BookingEvent event) {
		switch (event) {
			case BookingEvent.Cancelled cancelled ->
				freed("cancelled:" + cancelled.appointment().value(), event, cancelled.start(), cancelled.end());
			case BookingEvent.Rescheduled moved ->
				freed("rescheduled:" + moved.appointment().value() + ":" + moved.previousStart(), event,
						moved.previousStart(), moved.previousEnd());
			case BookingEvent.Confirmed confirmed -> {
				// taking time frees none
			}
		}
	}

	private void freed(String cause, BookingEvent event, Instant start, Instant end) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Optional<Location> location = this.catalog.location(event.location());
		if (location.isEmpty() || !start.isAfter(now)) {
			return;
		}
		FreedSlot slot = new FreedSlot(event.practitioner(), event.location(), event.visitType(), start, end,
				location.get().timeZone());
		List<WaitlistEntry> suited = this.entries.candidatesFor(slot, now, this.settings.maxCandidates())
			.stream()
			.filter((entry) -> Matching.accepts(entry.preferences(), slot, now))
			.toList();
		List<Candidate> ranked = this.scoring.rank(suited, slot, now);
		OfferRound round = OfferRound.open(cause, slot, this.settings.openAtOnce(), ranked, now);
		if (this.rounds.addIfNew(round)) {
			this.keeping.moveOn(round, List.of(), now);
		}
	}

}
