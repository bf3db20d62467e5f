package io.slotwise.scheduling.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.domain.Appointments;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.ResourceChoice;
import io.slotwise.scheduling.domain.TimeRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Who is busy: live holds of others (Redis, read before the transaction) and reservations
 * (PostgreSQL, claimed inside it). Every booking path chooses its resources here, so a
 * room one booking is taking is one the next booking skips.
 */
@Component
class ResourceAllocator {

	private static final Logger log = LoggerFactory.getLogger(ResourceAllocator.class);

	private final Appointments appointments;

	private final SlotHolds holds;

	private final Clock clock;

	ResourceAllocator(Appointments appointments, SlotHolds holds, Clock clock) {
		this.appointments = appointments;
		this.holds = holds;
		this.clock = clock;
	}

	/**
	 * The plan's requirements without candidates someone holds. With the hold store down
	 * nothing is filtered: the database still refuses what is booked.
	 */
	List<Requirement> notHeld(VisitPlan plan) {
		try {
			return plan.without(this.holds.held(plan.candidateIds(), this.clock.instant())).requirements();
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; booking guarded by the database alone: {}", ex.getMessage());
			return plan.requirements();
		}
	}

	/**
	 * Claims one resource per requirement; must run inside the booking transaction.
	 * @param moving the appointment being moved, whose own reservations do not count
	 */
	ResourceChoice.Result choose(List<Requirement> requirements, TimeRange time, Optional<AppointmentId> moving) {
		return ResourceChoice.choose(requirements, time, this.appointments.occupancy(moving));
	}

}
