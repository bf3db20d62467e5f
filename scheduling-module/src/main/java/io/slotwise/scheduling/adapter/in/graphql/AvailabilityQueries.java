package io.slotwise.scheduling.adapter.in.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorException;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Slot;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Free slots; public, since patients search before signing in.
 */
@Controller
class AvailabilityQueries {

	static final int MAX_PAGE = 200;

	private final FindAvailableSlots slots;

	AvailabilityQueries(FindAvailableSlots slots) {
		this.slots = slots;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<Slot> availableSlots(@Argument PractitionerId practitionerId, @Argument LocationId locationId,
			@Argument VisitTypeId visitTypeId, @Argument LocalDate from, @Argument LocalDate to,
			ScrollSubrange subrange) {
		List<Slot> all = freeSlots(this.slots, practitionerId, locationId, visitTypeId, from, to);
		Page page = Page.of(subrange, MAX_PAGE, MAX_PAGE);
		List<Slot> content = all.stream().skip(page.offset()).limit(page.size()).toList();
		return page.window(content, page.offset() + content.size() < all.size());
	}

	static List<Slot> freeSlots(FindAvailableSlots slots, PractitionerId practitionerId, LocationId locationId,
			VisitTypeId visitTypeId, LocalDate from, LocalDate to) {
		return switch (slots.availableSlots(new AvailabilityQuery(practitionerId, locationId, visitTypeId, from, to))) {
			case Outcome.Done<List<Slot>>(List<Slot> found) -> found;
			case Outcome.Refused<List<Slot>>(var problem) -> throw UserErrors.raised(problem);
		};
	}

}
