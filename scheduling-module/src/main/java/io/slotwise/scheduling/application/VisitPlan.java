package io.slotwise.scheduling.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.resources.BookableResource;
import io.slotwise.resources.Location;
import io.slotwise.resources.VisitRequirements;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * A validated slot request with the candidate resources for each of its requirements.
 *
 * @param request what was asked
 * @param location where, with its zone
 * @param requirements what the visit type needs
 * @param range the slot's time
 * @param groups candidates per requirement: practitioner first, then rooms, then one
 * group per equipment type
 */
record VisitPlan(SlotRequest request, Location location, VisitRequirements requirements, TimeRange range,
		List<List<BookableResource>> groups) {

	Collection<UUID> candidateIds() {
		return this.groups.stream().flatMap(List::stream).map(BookableResource::id).distinct().toList();
	}

	/** The plan without candidates that are busy during the slot. */
	VisitPlan without(Map<UUID, List<TimeRange>> busy) {
		List<List<BookableResource>> free = this.groups.stream()
			.map((group) -> group.stream()
				.filter((resource) -> !this.range.overlapsAny(busy.getOrDefault(resource.id(), List.of())))
				.toList())
			.toList();
		return new VisitPlan(this.request, this.location, this.requirements, this.range, free);
	}

	boolean everyRequirementHasACandidate() {
		return this.groups.stream().noneMatch(List::isEmpty);
	}

	/** The first candidate of every group. */
	Optional<List<BookableResource>> firstChoice() {
		return everyRequirementHasACandidate() ? Optional.of(this.groups.stream().map(List::getFirst).toList())
				: Optional.empty();
	}

}
