package io.slotwise.analytics.application;

import java.time.Instant;
import java.util.UUID;

import io.slotwise.analytics.domain.FunnelFact;
import io.slotwise.analytics.domain.FunnelFact.Kind;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.group.GroupEvent;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.WaitlistEvent;
import org.jspecify.annotations.Nullable;

/**
 * Scheduling's and the waitlist's events as funnel facts. The fact id is derived from the
 * event's own identity, so a redelivered event maps to the same id.
 */
final class SchedulingFacts {

	private SchedulingFacts() {
	}

	static FunnelFact of(BookingEvent event, UUID journey, @Nullable String specialty) {
		UUID appointment = event.appointment().value();
		return switch (event) {
			case BookingEvent.Confirmed confirmed -> fact(Kind.BOOKED, event, journey, specialty, appointment,
					(confirmed.hold() != null) ? confirmed.hold().value() : null, confirmed.start());
			case BookingEvent.Cancelled cancelled ->
				fact(Kind.CANCELLED, event, journey, specialty, appointment, null, cancelled.start());
			case BookingEvent.Rescheduled moved ->
				fact(Kind.RESCHEDULED, event, journey, specialty, appointment, null, moved.start());
		};
	}

	static FunnelFact of(HoldEvent event, UUID journey, @Nullable String specialty) {
		Kind kind = switch (event) {
			case HoldEvent.Placed placed -> Kind.HOLD_PLACED;
			case HoldEvent.Released released -> Kind.HOLD_RELEASED;
			case HoldEvent.Expired expired -> Kind.HOLD_EXPIRED;
		};
		UUID hold = event.hold().value();
		Instant at = occurredAt(event);
		// A hold is placed, released or expired once, so its id and the kind identify it.
		return new FunnelFact(FunnelFact.idOf(kind, hold), at, journey, kind, event.location().value(),
				event.practitioner().value(), event.visitType().value(), specialty, hold, hold, event.start(), null);
	}

	static FunnelFact of(OfferEvent event, UUID journey, OfferPlaces.@Nullable Place place,
			@Nullable String specialty) {
		Kind kind = switch (event) {
			case OfferEvent.Made made -> Kind.OFFERED;
			case OfferEvent.Accepted accepted -> Kind.OFFER_ACCEPTED;
			case OfferEvent.Declined declined -> Kind.OFFER_DECLINED;
			case OfferEvent.Lapsed lapsed -> Kind.OFFER_LAPSED;
			case OfferEvent.Withdrawn withdrawn -> Kind.OFFER_WITHDRAWN;
		};
		UUID offer = event.offer().value();
		Instant start = (event instanceof OfferEvent.Made made) ? made.start() : null;
		UUID appointment = (event instanceof OfferEvent.Accepted accepted) ? accepted.appointment().value() : null;
		// An offer is made and ends once, so its id and the kind identify the fact.
		return new FunnelFact(FunnelFact.idOf(kind, offer), event.occurredAt(), journey, kind,
				(place != null) ? place.location() : null, (place != null) ? place.practitioner() : null,
				(place != null) ? place.visitType() : null, specialty, offer, null, start, appointment);
	}

	/** An entry is joined once: its id identifies the fact. */
	static FunnelFact of(WaitlistEvent.Joined joined, UUID journey, @Nullable String specialty) {
		UUID entry = joined.entry().value();
		return new FunnelFact(FunnelFact.idOf(Kind.WAITLIST_JOINED, entry), joined.occurredAt(), journey,
				Kind.WAITLIST_JOINED, (joined.location() != null) ? joined.location().value() : null,
				(joined.practitioner() != null) ? joined.practitioner().value() : null, joined.visitType().value(),
				specialty, entry, null, null, null);
	}

	/**
	 * One fact per group (its members' appointments arrive as ordinary bookings). The
	 * practitioner only when every member sees the same one: a group across several is
	 * counted under none, and so passes every practitioner filter like a search does.
	 */
	static FunnelFact of(GroupEvent.Booked booked, UUID journey) {
		UUID group = booked.group().value();
		UUID practitioner = (booked.practitioners().stream().distinct().count() == 1)
				? booked.practitioners().getFirst().value() : null;
		return new FunnelFact(FunnelFact.idOf(Kind.GROUP_BOOKED, group), booked.occurredAt(), journey,
				Kind.GROUP_BOOKED, booked.location().value(), practitioner, null, null, group, booked.hold().value(),
				null, null);
	}

	static Instant occurredAt(HoldEvent event) {
		return switch (event) {
			case HoldEvent.Placed placed -> placed.placedAt();
			case HoldEvent.Released released -> released.releasedAt();
			case HoldEvent.Expired expired -> expired.expiredAt();
		};
	}

	private static FunnelFact fact(Kind kind, BookingEvent event, UUID journey, @Nullable String specialty,
			UUID appointment, @Nullable UUID hold, Instant slotStart) {
		// A booking is confirmed and cancelled once; it may move many times, each at its
		// own instant.
		return new FunnelFact(FunnelFact.idOf(kind, appointment, event.occurredAt()), event.occurredAt(), journey, kind,
				event.location().value(), event.practitioner().value(), event.visitType().value(), specialty,
				appointment, hold, slotStart, null);
	}

}
