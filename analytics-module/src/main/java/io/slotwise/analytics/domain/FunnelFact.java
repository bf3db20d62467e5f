package io.slotwise.analytics.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored fact of a journey. Its id is derived from what happened, so the same event
 * delivered twice is one fact.
 *
 * @param subject the hold or appointment it is about, if any
 * @param hold the hold a booking came from, if any
 * @param slotStart the slot's start, for holds and bookings
 * @param appointment the booking a waitlist offer was accepted with
 */
public record FunnelFact(UUID id, Instant occurredAt, UUID journey, Kind kind, @Nullable UUID location,
		@Nullable UUID practitioner, @Nullable UUID visitType, @Nullable String specialty, @Nullable UUID subject,
		@Nullable UUID hold, @Nullable Instant slotStart, @Nullable UUID appointment) {

	/** A fact's id from the words that identify it, the same on every delivery. */
	public static UUID idOf(Object... parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			key.append(part).append('|');
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** What a fact records. */
	public enum Kind {

		SEARCHED, VIEWED, HOLD_PLACED, HOLD_RELEASED, HOLD_EXPIRED, BOOKED, CANCELLED, RESCHEDULED, OFFERED,
		OFFER_ACCEPTED, OFFER_DECLINED, OFFER_LAPSED, OFFER_WITHDRAWN, WAITLIST_JOINED, GROUP_BOOKED

	}

}
