package io.slotwise.scheduling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.slotwise.scheduling.domain.Occupancy.Claim;

/**
 * Picks one resource per requirement for a booking, inside its transaction.
 *
 * <p>
 * People (the patient, the practitioner) are claimed first, waiting, in id order. Pools
 * (rooms, equipment units) are tried in preference order without waiting, so twenty
 * bookings at one time spread over twenty rooms instead of all queueing for the first;
 * only when every free-looking unit is in flight elsewhere does the choice wait for one
 * of them. A unit found reserved is skipped, not fatal.
 *
 * <p>
 * Why this cannot deadlock: every booking claims in the same global order (single
 * candidates by id, then the room pool, then equipment pools by their lowest unit id),
 * and waits only for a resource of the phase it is in. Whoever holds that resource is in
 * the same or a later phase, and never waits for an earlier one, so waits cannot form a
 * cycle.
 */
public final class ResourceChoice {

	private ResourceChoice() {
	}

	public static Result choose(List<Requirement> requirements, TimeRange time, Occupancy occupancy) {
		List<Requirement> ordered = requirements.stream()
			.sorted(Comparator.comparing(Requirement::kind).thenComparing(Requirement::lowestId))
			.toList();
		if (ordered.stream().allMatch((requirement) -> requirement.candidates().size() == 1)) {
			return exactly(ordered, time, occupancy);
		}
		List<Resource> chosen = new ArrayList<>();
		for (Requirement requirement : ordered) {
			Optional<Resource> pick = pick(requirement, time, occupancy);
			if (pick.isEmpty()) {
				return new Result.Unmet(requirement);
			}
			chosen.add(pick.get());
		}
		return new Result.Chosen(chosen);
	}

	/**
	 * Nothing to choose (a confirmed hold books what it claimed): every resource is
	 * claimed waiting, in the same global order as above, so the waits still cannot form
	 * a cycle, in one batch.
	 */
	private static Result exactly(List<Requirement> ordered, TimeRange time, Occupancy occupancy) {
		List<Resource> resources = ordered.stream().map((requirement) -> requirement.candidates().getFirst()).toList();
		List<Resource> taken = occupancy.claimAll(resources, time);
		if (taken.isEmpty()) {
			return new Result.Chosen(resources);
		}
		return new Result.Unmet(ordered.get(resources.indexOf(taken.getFirst())));
	}

	private static Optional<Resource> pick(Requirement requirement, TimeRange time, Occupancy occupancy) {
		if (requirement.isPerson()) {
			Resource only = requirement.candidates().getFirst();
			return (occupancy.claim(only, time, true) == Claim.CLAIMED) ? Optional.of(only) : Optional.empty();
		}
		List<Resource> contended = new ArrayList<>();
		for (Resource candidate : requirement.candidates()) {
			switch (occupancy.claim(candidate, time, false)) {
				case CLAIMED -> {
					return Optional.of(candidate);
				}
				case CONTENDED -> contended.add(candidate);
				case TAKEN -> {
				}
			}
		}
		return contended.stream()
			.filter((candidate) -> occupancy.claim(candidate, time, true) == Claim.CLAIMED)
			.findFirst();
	}

	/** The resources chosen, or the requirement nobody could meet. */
	public sealed interface Result {

		/** One resource per requirement, all claimed. */
		record Chosen(List<Resource> resources) implements Result {

			public Chosen {
				resources = List.copyOf(resources);
			}

		}

		/** No candidate of this requirement is free. */
		record Unmet(Requirement requirement) implements Result {

			/** Whether it is the patient who is busy, rather than the practice. */
			public boolean patientIsBusy() {
				return this.requirement.concerns(Resource.Kind.PATIENT);
			}

		}

	}

}
