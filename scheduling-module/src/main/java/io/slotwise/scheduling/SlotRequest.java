package io.slotwise.scheduling;

import java.time.Instant;
import java.util.Objects;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;

/**
 * The slot someone wants: a visit type with a practitioner at a location, starting at an
 * instant. Its length is the visit type's duration.
 *
 * @param visitType what kind of visit
 * @param start when it starts
 */
public record SlotRequest(PractitionerId practitioner, LocationId location, VisitTypeId visitType, Instant start) {

	public SlotRequest {
		Objects.requireNonNull(practitioner, "practitioner");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(visitType, "visitType");
		Objects.requireNonNull(start, "start");
	}

}
