package io.slotwise.waitlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.SlotRequest;

/**
 * Time that came free: a visit type with a practitioner at a location, in the location's
 * zone.
 *
 * @param end exclusive
 */
public record FreedSlot(PractitionerId practitioner, LocationId location, VisitTypeId visitType, Instant start,
		Instant end, ZoneId zone) {

	public LocalDate day() {
		return this.start.atZone(this.zone).toLocalDate();
	}

	public LocalTime localStart() {
		return this.start.atZone(this.zone).toLocalTime();
	}

	public LocalTime localEnd() {
		return this.end.atZone(this.zone).toLocalTime();
	}

	public SlotRequest request() {
		return new SlotRequest(this.practitioner, this.location, this.visitType, this.start);
	}

}
