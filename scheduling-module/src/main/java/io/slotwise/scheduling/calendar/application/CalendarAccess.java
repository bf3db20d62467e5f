package io.slotwise.scheduling.calendar.application;

import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.CalendarCaller;

import org.springframework.stereotype.Component;

/**
 * Who may manage a practitioner's calendars and feed: the practitioner, staff at one of
 * their locations, an administrator.
 */
@Component
class CalendarAccess {

	private final FindPractitioners practitioners;

	CalendarAccess(FindPractitioners practitioners) {
		this.practitioners = practitioners;
	}

	boolean mayManage(CalendarCaller caller, PractitionerId practitioner) {
		if (caller.isOrActsAs(practitioner)) {
			return true;
		}
		return !caller.staffLocations().isEmpty() && this.practitioners.practitioner(practitioner)
			.map((found) -> found.locations().stream().anyMatch(caller.staffLocations()::contains))
			.orElse(false);
	}

}
