package io.slotwise.scheduling;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a hold. A confirmed hold is announced as
 * {@link BookingEvent.Confirmed}, which names the hold.
 */
public sealed interface HoldEvent extends DomainEvent permits HoldEvent.Placed, HoldEvent.Released, HoldEvent.Expired {

	HoldId hold();

	PatientId holder();

	PractitionerId practitioner();

	LocationId location();

	VisitTypeId visitType();

	Instant start();

	Instant end();

	/**
	 * A patient now holds a slot until {@code expiresAt}.
	 *
	 * @param placedAt when the hold was placed, on the application's clock
	 */
	record Placed(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant start, Instant end, Instant expiresAt,
			Instant placedAt) implements HoldEvent {
	}

	/**
	 * The holder gave the hold back before it expired; the slot is free again.
	 */
	record Released(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant start, Instant end, Instant releasedAt) implements HoldEvent {
	}

	/**
	 * A hold ran out without being confirmed. Announced after the fact: a hold stops
	 * counting at {@code expiredAt} whether or not anyone has noticed yet.
	 */
	record Expired(HoldId hold, PatientId holder, PractitionerId practitioner, LocationId location,
			VisitTypeId visitType, Instant start, Instant end, Instant expiredAt) implements HoldEvent {
	}

}
