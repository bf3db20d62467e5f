package io.slotwise.scheduling;

import java.time.LocalDate;
import java.util.Objects;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * Which free slots to list: a practitioner at a location for a visit type, on the days
 * {@code [from, to]} of the location's calendar. Unchecked on purpose: a range that ends
 * before it starts is answered with a typed VALIDATION_FAILED on {@code to}.
 *
 * @param visitType what kind of visit
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record AvailabilityQuery(PractitionerId practitioner, LocationId location, VisitTypeId visitType, LocalDate from,
		LocalDate to) {

	public AvailabilityQuery {
		Objects.requireNonNull(practitioner, "practitioner");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(visitType, "visitType");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

}
