package io.slotwise.waitlist.domain;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.OfferId;

/**
 * One offer of a round's slot to one candidate, with its deadline.
 *
 * @param othersOffered other patients with an open offer of the slot when it was made
 */
public record Offer(OfferId id, int rank, EntryId entry, PatientId patient, Instant offeredAt, Instant deadline,
		int othersOffered, OfferDetails.Status status, Optional<Instant> closedAt) {

	public boolean isOpen() {
		return this.status == OfferDetails.Status.OPEN;
	}

	public boolean isDue(Instant now) {
		return isOpen() && !this.deadline.isAfter(now);
	}

	Offer closed(OfferDetails.Status to, Instant now) {
		return new Offer(this.id, this.rank, this.entry, this.patient, this.offeredAt, this.deadline,
				this.othersOffered, to, Optional.of(now));
	}

	Offer withOthers(int others) {
		return new Offer(this.id, this.rank, this.entry, this.patient, this.offeredAt, this.deadline, others,
				this.status, this.closedAt);
	}

}
