package io.slotwise.scheduling.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One thing a visit needs, with the resources that could provide it in order of
 * preference: the patient, the practitioner, a room with the capability (best fit first),
 * one unit of each equipment type.
 *
 * @param candidates interchangeable resources, preferred first
 */
public record Requirement(List<Resource> candidates) {

	public Requirement {
		candidates = List.copyOf(candidates);
	}

	public static Requirement exactly(Resource resource) {
		return new Requirement(List.of(resource));
	}

	/** The candidates left when those in {@code busy} are taken out. */
	public Requirement without(Collection<UUID> busy) {
		return new Requirement(this.candidates.stream().filter((resource) -> !busy.contains(resource.id())).toList());
	}

	public boolean isUnmet() {
		return this.candidates.isEmpty();
	}

	/**
	 * A person (patient or practitioner) is waited for; a pool of rooms or units moves on
	 * to the next free one.
	 */
	boolean isPerson() {
		return kind() == Resource.Kind.PATIENT || kind() == Resource.Kind.PRACTITIONER;
	}

	/** The kind of resource it needs (the first candidate's; all are alike). */
	Resource.Kind kind() {
		return this.candidates.isEmpty() ? Resource.Kind.EQUIPMENT : this.candidates.getFirst().kind();
	}

	/** A key that orders pools the same way in every booking. */
	UUID lowestId() {
		return this.candidates.stream().map(Resource::id).min(UUID::compareTo).orElse(new UUID(0, 0));
	}

	boolean concerns(Resource.Kind kind) {
		return this.candidates.stream().anyMatch((resource) -> resource.kind() == kind);
	}

}
