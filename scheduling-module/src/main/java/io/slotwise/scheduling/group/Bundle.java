package io.slotwise.scheduling.group;

import java.time.Instant;
import java.util.List;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * One bundle option: a slot per member at one location, ranked by how little it disrupts
 * the family.
 *
 * @param distanceMiles from the searched ZIP, 0 when a location was named
 * @param slots one per member, in member order
 * @param score 0-100, higher disrupts less
 * @param breakdown what the score lost, per factor
 */
public record Bundle(LocationId location, double distanceMiles, Arrangement arrangement, List<MemberSlot> slots,
		int score, List<Factor> breakdown) {

	public Bundle {
		slots = List.copyOf(slots);
		breakdown = List.copyOf(breakdown);
	}

	public Instant start() {
		return this.slots.stream().map(MemberSlot::start).min(Instant::compareTo).orElseThrow();
	}

	public Instant end() {
		return this.slots.stream().map(MemberSlot::end).max(Instant::compareTo).orElseThrow();
	}

	/** How the members' visits sit in time. */
	public enum Arrangement {

		/** One practitioner sees the members one after another. */
		BACK_TO_BACK,
		/** Several practitioners see the members at the same time. */
		PARALLEL

	}

	/**
	 * @param member position in the query's members
	 * @param patient who it is for, when the query named them
	 */
	public record MemberSlot(int member, @Nullable PatientId patient, PractitionerId practitioner,
			VisitTypeId visitType, Instant start, Instant end) {
	}

	/**
	 * One factor of the disruption score.
	 *
	 * @param name the factor (see the module README)
	 * @param raw its measure in its own unit (minutes, practitioners, miles, days)
	 * @param value 0 (no disruption) to 1 (as bad as it counts)
	 * @param weight this factor's share of all weights
	 * @param points points lost: value x weight x 100
	 */
	public record Factor(String name, double raw, double value, double weight, double points) {
	}

}
