package io.slotwise.scheduling.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;

/**
 * A validated slot request with the candidates for each of its requirements.
 *
 * @param range the slot's time
 * @param requirements the patient first, then the practitioner, rooms and equipment
 */
record VisitPlan(SlotRequest request, TimeRange range, List<Requirement> requirements) {

	VisitPlan {
		requirements = List.copyOf(requirements);
	}

	Collection<UUID> candidateIds() {
		return this.requirements.stream()
			.flatMap((requirement) -> requirement.candidates().stream())
			.map(Resource::id)
			.distinct()
			.toList();
	}

	/** The plan without the candidates that are busy during the slot. */
	VisitPlan without(Map<UUID, List<TimeRange>> busy) {
		List<UUID> overlapping = busy.entrySet()
			.stream()
			.filter((entry) -> this.range.overlapsAny(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		return new VisitPlan(this.request, this.range,
				this.requirements.stream().map((requirement) -> requirement.without(overlapping)).toList());
	}

	/** Whether the patient, the first requirement, has no time left. */
	boolean patientIsBusy() {
		return this.requirements.getFirst().isUnmet();
	}

	/** The first requirement no candidate is left for, if any. */
	Optional<Requirement> unmet() {
		return this.requirements.stream().filter(Requirement::isUnmet).findFirst();
	}

}
