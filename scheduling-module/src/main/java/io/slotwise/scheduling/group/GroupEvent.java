package io.slotwise.scheduling.group;

import java.time.Instant;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import org.jmolecules.event.types.DomainEvent;

/**
 * What happened to a group as a whole; each member's appointment is also announced as an
 * ordinary booking event. One sealed family, handled in one exhaustive switch.
 */
public sealed interface GroupEvent extends DomainEvent
		permits GroupEvent.Held, GroupEvent.Booked, GroupEvent.Cancelled {

	LocationId location();

	/** The practitioners whose time it concerns. */
	List<PractitionerId> practitioners();

	Instant occurredAt();

	/**
	 * A bundle is held for every member until {@code expiresAt}.
	 *
	 * @param holder who holds it (counted once against their live holds)
	 */
	record Held(HoldId hold, PatientId holder, LocationId location, List<PractitionerId> practitioners, int members,
			Instant expiresAt, Instant occurredAt) implements GroupEvent {

		public Held {
			practitioners = List.copyOf(practitioners);
		}

	}

	/**
	 * Every member of a group is booked, in one transaction.
	 *
	 * @param appointments the members' appointments, in member order
	 */
	record Booked(GroupBookingId group, HoldId hold, LocationId location, List<PractitionerId> practitioners,
			List<AppointmentId> appointments, Instant occurredAt) implements GroupEvent {

		public Booked {
			practitioners = List.copyOf(practitioners);
			appointments = List.copyOf(appointments);
		}

	}

	/**
	 * Members of a group were cancelled: all of them, or one.
	 *
	 * @param appointments the appointments this cancellation ended
	 * @param whole whether no member of the group is booked any more
	 */
	record Cancelled(GroupBookingId group, LocationId location, List<PractitionerId> practitioners,
			List<AppointmentId> appointments, boolean whole, Instant occurredAt) implements GroupEvent {

		public Cancelled {
			practitioners = List.copyOf(practitioners);
			appointments = List.copyOf(appointments);
		}

	}

}
