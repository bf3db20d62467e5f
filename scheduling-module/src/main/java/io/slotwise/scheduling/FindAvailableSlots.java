package io.slotwise.scheduling;

import java.util.List;

/**
 * Lists the slots that can be held or booked right now: working hours minus bookings,
 * live holds, and times without a free room or equipment unit.
 */
public interface FindAvailableSlots {

	Outcome<List<Slot>> availableSlots(AvailabilityQuery query);

}
