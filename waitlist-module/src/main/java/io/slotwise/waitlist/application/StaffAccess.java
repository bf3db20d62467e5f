package io.slotwise.waitlist.application;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.Requester;

/**
 * Who may see a location's waitlist: its staff and admins.
 */
final class StaffAccess {

	private StaffAccess() {
	}

	static boolean maySee(Requester staff, LocationId location) {
		return switch (staff.standing()) {
			case ADMIN -> true;
			case STAFF -> staff.locations().contains(location);
			case PATIENT -> false;
		};
	}

}
