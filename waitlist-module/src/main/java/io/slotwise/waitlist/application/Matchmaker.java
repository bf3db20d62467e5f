package io.slotwise.waitlist.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.Location;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.SchedulingCatalog;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.domain.Candidate;
import io.slotwise.waitlist.domain.FlexibilityScoring;
import io.slotwise.waitlist.domain.FreedSlot;
import io.slotwise.waitlist.domain.Matching;
import io.slotwise.waitlist.domain.Offer;
import io.slotwise.waitlist.domain.OfferRound;
import io.slotwise.waitlist.domain.OfferRounds;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Freed time reaches the waitlist: a cancellation, the old slot of a reschedule, or an
 * offer-held slot that came back opens one round per freed slot, keyed by its cause (a
 * replayed event finds its round and does nothing), ranks the entries it suits and makes
 * the first offers. New working hours come through {@link HoursWatch}.
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

	// One listener per member that frees time, not one for the whole family: the event
	// publication registry writes a row (an insert and two updates) for every listener
	// an event matches, and taking time (a booking, a hold placed) frees none, so the
	// busiest events of all need no row here (issue 15, ADR 0026).
	@ApplicationModuleListener
	void on(BookingEvent.Cancelled cancelled) {
		slot(cancelled, cancelled.start(), cancelled.end())
			.ifPresent((slot) -> freed("cancelled:" + cancelled.appointment().value(), slot, Set.of(), true));
	}

	@ApplicationModuleListener
	void on(BookingEvent.Rescheduled moved) {
		slot(moved, moved.previousStart(), moved.previousEnd())
			.ifPresent((slot) -> freed("rescheduled:" + moved.appointment().value() + ":" + moved.previousStart(), slot,
					Set.of(), true));
	}

	@ApplicationModuleListener
	void on(HoldEvent.Released released) {
		returned(released);
	}

	@ApplicationModuleListener
	void on(HoldEvent.Expired expired) {
		returned(expired);
	}

	/**
	 * An offer hold that expired (or was released by anyone but the waitlist) while its
	 * round was not booked: the slot is free again. The old round's open offers are
	 * withdrawn and a follow-up round offers the slot to everyone it suits who has not
	 * answered it yet. A patient's own hold frees nothing new: its slot was public
	 * before.
	 */
	private void returned(HoldEvent event) {
		Optional<OfferRound> owner = this.rounds.lockByHold(event.hold());
		if (owner.isEmpty() || owner.get().status() == OfferRound.Status.BOOKED
				|| owner.get().status() == OfferRound.Status.BOOKING) {
			return;
		}
		OfferRound old = owner.get();
		Instant now = now();
		this.keeping.close(old, old.holdLost(now));
		slot(event.practitioner(), event.location(), event.visitType(), event.start(), event.end())
			.ifPresent((slot) -> freed("returned:" + event.hold().value(), slot, old.answered(), false));
	}

	private Optional<FreedSlot> slot(BookingEvent event, Instant start, Instant end) {
		return slot(event.practitioner(), event.location(), event.visitType(), start, end);
	}

	Optional<FreedSlot> slot(PractitionerId practitioner, LocationId at, VisitTypeId visitType, Instant start,
			Instant end) {
		Optional<Location> location = this.catalog.location(at);
		if (location.isEmpty() || !start.isAfter(now())) {
			return Optional.empty();
		}
		return Optional.of(new FreedSlot(practitioner, at, visitType, start, end, location.get().timeZone()));
	}

	/**
	 * Opens the slot's round unless its cause was handled already.
	 * @param passedOver patients not to offer it to
	 * @param keepEmpty whether a round nobody suits is recorded (so a replay of the cause
	 * stays a no-op even after new patients joined)
	 * @return the patients offered the slot now
	 */
	List<PatientId> freed(String cause, FreedSlot slot, Set<PatientId> passedOver, boolean keepEmpty) {
		Instant now = now();
		List<WaitlistEntry> suited = this.entries.candidatesFor(slot, now, this.settings.maxCandidates())
			.stream()
			.filter((entry) -> !passedOver.contains(entry.patient()))
			.filter((entry) -> Matching.accepts(entry.preferences(), slot, now))
			.toList();
		List<Candidate> ranked = this.scoring.rank(suited, slot, now);
		if (ranked.isEmpty() && !keepEmpty) {
			return List.of();
		}
		OfferRound round = OfferRound.open(cause, slot, this.settings.openAtOnce(), ranked, now);
		if (!this.rounds.addIfNew(round)) {
			return List.of();
		}
		this.keeping.moveOn(round, List.of(), now);
		return round.offers().stream().map(Offer::patient).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
