package io.slotwise.waitlist.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.WaitlistProblem;
import io.slotwise.waitlist.WaitlistProblem.Code;

/**
 * The offers of one freed slot to its ranked candidates. Up to {@code parallel} offers
 * are open at once (3 by default, 1 in sequential mode); the i-th offer made gets the
 * i-th window (the last window repeats), never past the slot's hold. Declines and lapses
 * move the next candidates up; the first acceptance books and withdraws the rest; with no
 * open offer and no candidate left the round is exhausted and the slot goes back to the
 * public.
 */
public final class OfferRound {

	private final UUID id;

	private final String cause;

	private final SlotRequest slot;

	private final Instant end;

	private final int parallel;

	private final Instant openedAt;

	private final List<Candidate> candidates;

	private final List<Offer> offers;

	private Optional<HoldId> hold;

	private Optional<Instant> holdUntil;

	private Status status;

	private Optional<AppointmentId> appointment;

	public OfferRound(UUID id, String cause, SlotRequest slot, Instant end, int parallel, Instant openedAt,
			List<Candidate> candidates, List<Offer> offers, Optional<HoldId> hold, Optional<Instant> holdUntil,
			Status status, Optional<AppointmentId> appointment) {
		this.id = id;
		this.cause = cause;
		this.slot = slot;
		this.end = end;
		this.parallel = parallel;
		this.openedAt = openedAt;
		this.candidates = List.copyOf(candidates);
		this.offers = new ArrayList<>(offers);
		this.hold = hold;
		this.holdUntil = holdUntil;
		this.status = status;
		this.appointment = appointment;
	}

	public static OfferRound open(String cause, FreedSlot slot, int parallel, List<Candidate> candidates, Instant now) {
		return new OfferRound(UUID.randomUUID(), cause, slot.request(), slot.end(), parallel, now, candidates,
				List.of(), Optional.empty(), Optional.empty(), candidates.isEmpty() ? Status.EXHAUSTED : Status.OPEN,
				Optional.empty());
	}

	/**
	 * Offers the slot to the next candidates until {@code parallel} offers are open.
	 * @param keepHold asked for a hold until an instant, answers the instant granted
	 * (capped by the slot's notice) or empty when the slot cannot be held
	 */
	public List<OfferEvent> cascade(Instant now, List<Duration> windows,
			Function<Instant, Optional<Instant>> keepHold) {
		List<Offer> made = new ArrayList<>();
		while (this.status == Status.OPEN && openCount() < this.parallel) {
			Optional<Candidate> next = nextCandidate();
			if (next.isEmpty()) {
				break;
			}
			Instant wanted = now.plus(windows.get(Math.min(this.offers.size(), windows.size() - 1)));
			Optional<Instant> granted = this.holdUntil.filter((until) -> !until.isBefore(wanted))
				.or(() -> keepHold.apply(wanted));
			if (granted.isEmpty() || !granted.get().isAfter(now)) {
				break;
			}
			this.holdUntil = Optional.of(granted.get());
			Instant deadline = wanted.isBefore(granted.get()) ? wanted : granted.get();
			Offer offer = new Offer(new OfferId(UUID.randomUUID()), next.get().rank(), next.get().entry(),
					next.get().patient(), now, deadline, 0, OfferDetails.Status.OPEN, Optional.empty());
			this.offers.add(offer);
			made.add(offer);
		}
		int others = openCount() - 1;
		List<OfferEvent> events = new ArrayList<>();
		for (Offer offer : made) {
			replace(offer.withOthers(others));
			events.add(new OfferEvent.Made(offer.id(), offer.patient(), offer.entry(), this.slot.start(),
					offer.deadline(), others, now));
		}
		if (this.status == Status.OPEN && openCount() == 0) {
			this.status = Status.EXHAUSTED;
		}
		return events;
	}

	/** Closes the offers whose window ran out. */
	public List<OfferEvent> lapse(Instant now) {
		List<OfferEvent> events = new ArrayList<>();
		for (Offer offer : List.copyOf(this.offers)) {
			if (offer.isDue(now)) {
				replace(offer.closed(OfferDetails.Status.EXPIRED, now));
				events.add(new OfferEvent.Lapsed(offer.id(), offer.patient(), now));
			}
		}
		return events;
	}

	public WaitlistOutcome<List<OfferEvent>> decline(PatientId patient, OfferId id, Instant now) {
		WaitlistOutcome<Offer> open = openOffer(patient, id, now);
		if (!(open instanceof WaitlistOutcome.Done<Offer>(Offer offer))) {
			return WaitlistOutcome.refused(((WaitlistOutcome.Refused<Offer>) open).problem());
		}
		replace(offer.closed(OfferDetails.Status.DECLINED, now));
		return WaitlistOutcome.done(List.of(new OfferEvent.Declined(offer.id(), patient, now)));
	}

	/**
	 * Claims the slot for the accepting patient before booking it, so a second accept
	 * sees OFFER_TAKEN; an offer already accepted by this patient answers as done.
	 */
	public WaitlistOutcome<Offer> claim(PatientId patient, OfferId id, Instant now) {
		Optional<Offer> mine = offer(id).filter((offer) -> offer.patient().equals(patient));
		if (mine.isPresent() && mine.get().status() == OfferDetails.Status.ACCEPTED) {
			return WaitlistOutcome.done(mine.get());
		}
		WaitlistOutcome<Offer> open = openOffer(patient, id, now);
		if (open instanceof WaitlistOutcome.Done<Offer>) {
			this.status = Status.BOOKING;
		}
		return open;
	}

	/** The claimed offer is booked: it is accepted, every other open offer withdrawn. */
	public List<OfferEvent> booked(OfferId id, AppointmentId booking, Instant now) {
		List<OfferEvent> events = new ArrayList<>();
		for (Offer offer : List.copyOf(this.offers)) {
			if (offer.id().equals(id)) {
				replace(offer.closed(OfferDetails.Status.ACCEPTED, now));
				events.add(new OfferEvent.Accepted(offer.id(), offer.patient(), booking, now));
			}
			else if (offer.isOpen()) {
				replace(offer.closed(OfferDetails.Status.WITHDRAWN, now));
				events.add(new OfferEvent.Withdrawn(offer.id(), offer.patient(), now));
			}
		}
		this.status = Status.BOOKED;
		this.appointment = Optional.of(booking);
		return events;
	}

	/** The claimed offer could not be booked (the patient is busy): it is withdrawn. */
	public List<OfferEvent> bookingFailed(OfferId id, Instant now) {
		this.status = Status.OPEN;
		Offer offer = offer(id).orElseThrow();
		replace(offer.closed(OfferDetails.Status.WITHDRAWN, now));
		return List.of(new OfferEvent.Withdrawn(offer.id(), offer.patient(), now));
	}

	/**
	 * The offer hold came back to the public while the round was not booked (it expired,
	 * or a booking found it gone): the open offers can no longer be honoured and are
	 * withdrawn; a follow-up round offers the slot afresh.
	 */
	public List<OfferEvent> holdLost(Instant now) {
		List<OfferEvent> events = new ArrayList<>();
		for (Offer offer : List.copyOf(this.offers)) {
			if (offer.isOpen()) {
				replace(offer.closed(OfferDetails.Status.WITHDRAWN, now));
				events.add(new OfferEvent.Withdrawn(offer.id(), offer.patient(), now));
			}
		}
		this.status = Status.EXHAUSTED;
		return events;
	}

	/**
	 * Patients who had their chance at this slot: they accepted, declined or let it
	 * lapse.
	 */
	public java.util.Set<PatientId> answered() {
		return this.offers.stream()
			.filter((offer) -> offer.status() != OfferDetails.Status.OPEN
					&& offer.status() != OfferDetails.Status.WITHDRAWN)
			.map(Offer::patient)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** No hold could be placed: the slot is gone already. */
	public void unavailable() {
		this.status = Status.UNAVAILABLE;
	}

	public void heldBy(HoldId id) {
		this.hold = Optional.of(id);
	}

	private WaitlistOutcome<Offer> openOffer(PatientId patient, OfferId id, Instant now) {
		Optional<Offer> found = offer(id).filter((offer) -> offer.patient().equals(patient));
		if (found.isEmpty()) {
			return WaitlistOutcome.refused(Code.NOT_FOUND, "No such offer");
		}
		Offer offer = found.get();
		if (this.status == Status.BOOKING || this.status == Status.BOOKED) {
			return WaitlistOutcome.refused(Code.OFFER_TAKEN, "Another patient accepted this slot first");
		}
		if (offer.status() == OfferDetails.Status.EXPIRED || offer.isDue(now)) {
			return WaitlistOutcome.refused(Code.OFFER_EXPIRED, "The offer ran out at " + offer.deadline());
		}
		if (!offer.isOpen() || this.status != Status.OPEN) {
			return WaitlistOutcome.refused(WaitlistProblem.of(Code.OFFER_WITHDRAWN, "The offer is no longer open"));
		}
		return WaitlistOutcome.done(offer);
	}

	public Optional<Offer> offer(OfferId id) {
		return this.offers.stream().filter((offer) -> offer.id().equals(id)).findFirst();
	}

	private Optional<Candidate> nextCandidate() {
		int offered = this.offers.stream().mapToInt(Offer::rank).max().orElse(0);
		return this.candidates.stream().filter((candidate) -> candidate.rank() > offered).findFirst();
	}

	private int openCount() {
		return (int) this.offers.stream().filter(Offer::isOpen).count();
	}

	private void replace(Offer changed) {
		this.offers.replaceAll((offer) -> offer.id().equals(changed.id()) ? changed : offer);
	}

	public OfferDetails details(Offer offer) {
		return new OfferDetails(offer.id(), offer.entry(), offer.patient(), this.slot.practitioner(),
				this.slot.location(), this.slot.visitType(), this.slot.start(), this.end, offer.rank(),
				offer.offeredAt(), offer.deadline(), offer.othersOffered(), offer.status(),
				(offer.status() == OfferDetails.Status.ACCEPTED) ? this.appointment : Optional.empty());
	}

	public UUID id() {
		return this.id;
	}

	public String cause() {
		return this.cause;
	}

	public SlotRequest slot() {
		return this.slot;
	}

	public Instant end() {
		return this.end;
	}

	public int parallel() {
		return this.parallel;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public List<Candidate> candidates() {
		return this.candidates;
	}

	public List<Offer> offers() {
		return List.copyOf(this.offers);
	}

	public Optional<HoldId> hold() {
		return this.hold;
	}

	public Optional<Instant> holdUntil() {
		return this.holdUntil;
	}

	public Status status() {
		return this.status;
	}

	public Optional<AppointmentId> appointment() {
		return this.appointment;
	}

	/** Where a round is in its life. */
	public enum Status {

		/** Offers are open or being made. */
		OPEN,
		/** An acceptance is being booked. */
		BOOKING,
		/** Booked for the accepting patient. */
		BOOKED,
		/** Nobody took it; the slot went back to the public. */
		EXHAUSTED,
		/** The slot could not be held (someone booked or held it first). */
		UNAVAILABLE

	}

}
