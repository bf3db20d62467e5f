package io.slotwise.waitlist;

import java.time.Instant;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.PatientId;
import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to an offer of a freed slot. One sealed family, handled in one exhaustive
 * switch.
 */
public sealed interface OfferEvent extends DomainEvent
		permits OfferEvent.Made, OfferEvent.Accepted, OfferEvent.Declined, OfferEvent.Lapsed, OfferEvent.Withdrawn {

	OfferId offer();

	PatientId patient();

	Instant occurredAt();

	/**
	 * A patient was offered a slot until {@code deadline}.
	 *
	 * @param start the slot's start
	 * @param othersOffered other patients with an open offer of the same slot
	 */
	record Made(OfferId offer, PatientId patient, EntryId entry, Instant start, Instant deadline, int othersOffered,
			Instant occurredAt) implements OfferEvent {
	}

	/** The patient accepted first and is booked. */
	record Accepted(OfferId offer, PatientId patient, AppointmentId appointment,
			Instant occurredAt) implements OfferEvent {
	}

	/** The patient said no; the next candidate moves up. */
	record Declined(OfferId offer, PatientId patient, Instant occurredAt) implements OfferEvent {
	}

	/** The window ran out unanswered; the next candidate moves up. */
	record Lapsed(OfferId offer, PatientId patient, Instant occurredAt) implements OfferEvent {
	}

	/** Someone else accepted first, or the slot could not be kept; the offer is gone. */
	record Withdrawn(OfferId offer, PatientId patient, Instant occurredAt) implements OfferEvent {
	}

}
