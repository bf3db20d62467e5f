package io.slotwise.scheduling.group;

import java.util.List;

import io.slotwise.scheduling.AppointmentDetails;

/**
 * A group booking: the members' appointments, in member order.
 */
public record GroupBookingDetails(GroupBookingId id, List<AppointmentDetails> appointments) {

	public GroupBookingDetails {
		appointments = List.copyOf(appointments);
	}

}
