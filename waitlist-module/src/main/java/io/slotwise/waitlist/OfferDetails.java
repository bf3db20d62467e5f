package io.slotwise.waitlist;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.PatientId;

/**
 * An offer as its patient sees it.
 *
 * @param rank the candidate's place in the slot's ranking, 1 first
 * @param deadline until when the slot is held for the patient
 * @param othersOffered how many other patients held an open offer of the same slot when
 * this one was made
 * @param appointment the booking, once accepted
 */
public record OfferDetails(OfferId id, EntryId entry, PatientId patient, PractitionerId practitioner,
		LocationId location, VisitTypeId visitType, Instant start, Instant end, int rank, Instant offeredAt,
		Instant deadline, int othersOffered, Status status, Optional<AppointmentId> appointment) {

	/** Where an offer is in its life. */
	public enum Status {

		OPEN, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN

	}

}
