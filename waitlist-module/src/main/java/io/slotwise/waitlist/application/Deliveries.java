package io.slotwise.waitlist.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.OfferId;
import io.slotwise.waitlist.OfferNotice;

/**
 * The delivery outbox: one row per offer, channel and kind, so a replayed event or a
 * second instance never sends a notice twice on a channel.
 */
public interface Deliveries {

	/** Adds the pending deliveries that do not exist yet. */
	void enqueue(OfferId offer, List<String> channels, OfferNotice.Kind kind, Instant now);

	/** Pending deliveries due at {@code now}, locked and skipped by other instances. */
	List<Pending> claimDue(Instant now, int max);

	void sent(UUID delivery, Instant now);

	void failed(UUID delivery, int attempts, Instant retryAt, boolean giveUp, String error);

	/** A delivery to make. */
	record Pending(UUID id, OfferId offer, String channel, OfferNotice.Kind kind, int attempts) {
	}

}
