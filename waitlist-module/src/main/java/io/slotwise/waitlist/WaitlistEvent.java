package io.slotwise.waitlist;

import java.time.Instant;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a waitlist entry as a whole (its offers are {@link OfferEvent}s). One
 * sealed family, handled in one exhaustive switch.
 */
public sealed interface WaitlistEvent extends DomainEvent permits WaitlistEvent.Joined {

	EntryId entry();

	PatientId patient();

	Instant occurredAt();

	/**
	 * A patient joined a waitlist. Only what the entry asks for, not the preferences in
	 * full: listeners such as analytics need the place, not the patient's contact.
	 *
	 * @param location the one location asked for, null when several or any within a
	 * radius
	 * @param practitioner the one practitioner asked for, null when several or any
	 */
	record Joined(EntryId entry, PatientId patient, VisitTypeId visitType, @Nullable LocationId location,
			@Nullable PractitionerId practitioner, Instant occurredAt) implements WaitlistEvent {
	}

}
