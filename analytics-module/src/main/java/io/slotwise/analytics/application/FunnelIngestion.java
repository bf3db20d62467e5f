package io.slotwise.analytics.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFacts;
import io.slotwise.analytics.domain.Pseudonyms;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.group.GroupEvent;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.WaitlistEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns holds, bookings and group bookings from scheduling's published events, and
 * waitlist joins and offers from the waitlist's. Runs after the booking committed,
 * asynchronously and in its own transaction, so recording never slows or fails a booking;
 * a failure leaves the publication incomplete and it is resubmitted. A replay maps to the
 * same fact id and is stored once.
 */
@Component
class FunnelIngestion {

	private static final Logger log = LoggerFactory.getLogger(FunnelIngestion.class);

	private final FunnelFacts facts;

	private final Pseudonyms pseudonyms;

	private final VisitTypeSpecialties specialties;

	private final OfferPlaces places;

	private final AnalyticsSettings settings;

	private final Clock clock;

	FunnelIngestion(FunnelFacts facts, Pseudonyms pseudonyms, VisitTypeSpecialties specialties, OfferPlaces places,
			AnalyticsSettings settings, Clock clock) {
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.specialties = specialties;
		this.places = places;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BookingEvent event) {
		String patient = this.pseudonyms.of(event.patient().value());
		// A confirmation also keeps who may pledge for it (only a pseudonym), in the same
		// call as the fact.
		recordOf(patient, SchedulingFacts.of(event, ownJourney(patient), specialty(event.visitType().value())),
				event instanceof BookingEvent.Confirmed);
	}

	@ApplicationModuleListener
	void on(HoldEvent event) {
		if (event.holder().value().equals(event.hold().value())) {
			// The waitlist's own hold for its offers (its holder is the hold itself): no
			// patient took it, so it is no step of anyone's journey; the offers count.
			return;
		}
		String patient = this.pseudonyms.of(event.holder().value());
		recordOf(patient, SchedulingFacts.of(event, ownJourney(patient), specialty(event.visitType().value())), false);
	}

	@ApplicationModuleListener
	void on(OfferEvent event) {
		String patient = this.pseudonyms.of(event.patient().value());
		OfferPlaces.Place place = (event instanceof OfferEvent.Made)
				? this.places.placeOf(event.patient().value(), event.offer().value()).orElse(null) : null;
		recordOf(patient, SchedulingFacts.of(event, ownJourney(patient), place,
				(place != null) ? specialty(place.visitType()) : null), false);
	}

	@ApplicationModuleListener
	void on(WaitlistEvent event) {
		switch (event) {
			case WaitlistEvent.Joined joined -> {
				String patient = this.pseudonyms.of(joined.patient().value());
				recordOf(patient,
						SchedulingFacts.of(joined, ownJourney(patient), specialty(joined.visitType().value())), false);
			}
		}
	}

	/**
	 * A group booking names no patient (its hold did), so it is its own pseudonymous
	 * journey: it is counted as a group booking, not as a step of one patient's funnel
	 * (each member's booking is, through its own booking event).
	 */
	@ApplicationModuleListener
	void on(GroupEvent event) {
		if (event instanceof GroupEvent.Booked booked) {
			record(SchedulingFacts.of(booked, FunnelFact.idOf("group", booked.group().value())));
		}
	}

	/**
	 * The journey of a patient who never linked one: their own, pseudonymous. The store
	 * puts the fact in the journey the patient linked at or before it, if any, in the
	 * same call that appends it.
	 */
	private static UUID ownJourney(String patientKey) {
		return FunnelFact.idOf("patient", patientKey);
	}

	private String specialty(UUID visitType) {
		return this.specialties.specialtyOf(visitType).orElse(null);
	}

	private void record(FunnelFact fact) {
		if (retained(fact)) {
			this.facts.append(fact);
		}
	}

	private void recordOf(String patientKey, FunnelFact fact, boolean keepsBooker) {
		if (retained(fact)) {
			this.facts.appendOfPatient(fact, patientKey, keepsBooker);
		}
	}

	private boolean retained(FunnelFact fact) {
		if (!retained(fact.occurredAt())) {
			// Its month is (or is about to be) dropped; storing it would recreate it.
			log.debug("Fact {} at {} is older than the retention; not stored", fact.kind(), fact.occurredAt());
			return false;
		}
		return true;
	}

	boolean retained(Instant at) {
		YearMonth oldestKept = YearMonth.now(this.clock.withZone(ZoneOffset.UTC))
			.minusMonths(this.settings.months() - 1);
		return !YearMonth.from(at.atZone(ZoneOffset.UTC)).isBefore(oldestKept);
	}

}
