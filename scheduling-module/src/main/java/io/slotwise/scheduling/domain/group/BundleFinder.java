package io.slotwise.scheduling.domain.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.group.Bundle;
import org.jspecify.annotations.Nullable;

/**
 * Builds a day's bundle options at one location from each member's free slot starts (the
 * cached day slots), without trying every combination of slots:
 * <ul>
 * <li>back to back: for each practitioner who offers every member's visit, each free
 * start of the first member, then each next member at the previous one's end (a set
 * lookup per member);</li>
 * <li>parallel: for each start time, a matching of members to distinct practitioners free
 * then (augmenting paths over at most 8 members).</li>
 * </ul>
 * Work per day is O(practitioners x starts x members) plus O(starts x members x
 * practitioners) for the matching, never the product of every member's slots. A person is
 * never in two places: members are distinct people, one practitioner sees them one after
 * another, several practitioners see one member each.
 */
public final class BundleFinder {

	private BundleFinder() {
	}

	public static List<Bundle> find(LocationId location, double distanceMiles, List<MemberNeed> members) {
		List<Bundle> found = new ArrayList<>();
		found.addAll(backToBack(location, distanceMiles, members));
		found.addAll(parallel(location, distanceMiles, members));
		return found;
	}

	private static List<Bundle> backToBack(LocationId location, double distanceMiles, List<MemberNeed> members) {
		Set<PractitionerId> common = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
		common.addAll(members.getFirst().freeStarts().keySet());
		members.forEach((member) -> common.retainAll(member.freeStarts().keySet()));
		List<Bundle> found = new ArrayList<>();
		for (PractitionerId practitioner : common) {
			for (Instant first : new TreeSet<>(members.getFirst().freeStarts().get(practitioner))) {
				List<Bundle.MemberSlot> slots = new ArrayList<>();
				Instant start = first;
				for (int i = 0; i < members.size(); i++) {
					MemberNeed member = members.get(i);
					if (!member.freeStarts().get(practitioner).contains(start)) {
						break;
					}
					slots.add(member.slot(i, practitioner, start));
					start = start.plus(member.duration());
				}
				if (slots.size() == members.size()) {
					found
						.add(new Bundle(location, distanceMiles, Bundle.Arrangement.BACK_TO_BACK, slots, 0, List.of()));
				}
			}
		}
		return found;
	}

	private static List<Bundle> parallel(LocationId location, double distanceMiles, List<MemberNeed> members) {
		TreeSet<Instant> starts = new TreeSet<>();
		members.getFirst().freeStarts().values().forEach(starts::addAll);
		List<Bundle> found = new ArrayList<>();
		for (Instant start : starts) {
			List<List<PractitionerId>> free = new ArrayList<>();
			for (MemberNeed member : members) {
				free.add(member.freeStarts()
					.entrySet()
					.stream()
					.filter((entry) -> entry.getValue().contains(start))
					.map(Map.Entry::getKey)
					.sorted((a, b) -> a.value().compareTo(b.value()))
					.toList());
			}
			PractitionerId[] assigned = match(free);
			if (assigned != null) {
				List<Bundle.MemberSlot> slots = new ArrayList<>();
				for (int i = 0; i < members.size(); i++) {
					slots.add(members.get(i).slot(i, assigned[i], start));
				}
				found.add(new Bundle(location, distanceMiles, Bundle.Arrangement.PARALLEL, slots, 0, List.of()));
			}
		}
		return found;
	}

	/**
	 * A distinct practitioner per member, or null if there is none (Kuhn's algorithm).
	 */
	private static PractitionerId @Nullable [] match(List<List<PractitionerId>> free) {
		Map<PractitionerId, Integer> owner = new HashMap<>();
		for (int member = 0; member < free.size(); member++) {
			if (!augment(member, free, owner, new java.util.HashSet<>())) {
				return null;
			}
		}
		PractitionerId[] assigned = new PractitionerId[free.size()];
		owner.forEach((practitioner, member) -> assigned[member] = practitioner);
		return Arrays.stream(assigned).anyMatch(java.util.Objects::isNull) ? null : assigned;
	}

	private static boolean augment(int member, List<List<PractitionerId>> free, Map<PractitionerId, Integer> owner,
			Set<PractitionerId> visited) {
		for (PractitionerId practitioner : free.get(member)) {
			if (visited.add(practitioner)) {
				Integer current = owner.get(practitioner);
				if (current == null || augment(current, free, owner, visited)) {
					owner.put(practitioner, member);
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * One member's need on one day.
	 *
	 * @param patient who it is for, when known
	 * @param freeStarts by practitioner who may see them, the free slot starts that day
	 */
	public record MemberNeed(@Nullable PatientId patient, VisitTypeId visitType, Duration duration,
			Map<PractitionerId, Set<Instant>> freeStarts) {

		Bundle.MemberSlot slot(int index, PractitionerId practitioner, Instant start) {
			return new Bundle.MemberSlot(index, this.patient, practitioner, this.visitType, start,
					start.plus(this.duration));
		}

	}

}
