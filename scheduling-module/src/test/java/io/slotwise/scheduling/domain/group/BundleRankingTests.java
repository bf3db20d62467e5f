package io.slotwise.scheduling.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.group.Bundle;
import org.junit.jupiter.api.Test;

/**
 * A crafted day, ranked by hand. Two members of 30 minutes each; practitioner A is free
 * for the first member at 09:00 and 13:00 and for the second at 09:30; practitioner B is
 * free for the second member at 09:00 and 13:00. The family would rather be done by
 * 12:00. That gives exactly three bundles:
 * <ul>
 * <li>back to back with A, 09:00-10:00: 60 min on site (60/240 x 30 = 7.5 points lost),
 * no gap, no move, in the wished hours: score 100 - 7.5 = 92.5, rounded 93;</li>
 * <li>parallel A + B at 09:00: 30 min on site (3.75), one practitioner more for one
 * member more (1 x 15 = 15): 81.25, rounded 81;</li>
 * <li>parallel A + B at 13:00: 3.75 + 15, and it ends 90 min after 12:00 (90/120 x 15 =
 * 11.25): 70.</li>
 * </ul>
 */
class BundleRankingTests {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final LocalDate DAY = LocalDate.of(2027, 3, 10);

	final LocationId location = new LocationId(UUID.randomUUID());

	final PractitionerId a = new PractitionerId(new UUID(0, 1));

	final PractitionerId b = new PractitionerId(new UUID(0, 2));

	final VisitTypeId checkUp = new VisitTypeId(UUID.randomUUID());

	@Test
	void backToBackWithOnePractitionerDisruptsLeastThenParallelThenTheAfternoon() {
		List<Bundle> ranked = rank(DisruptionWeights.defaults());

		assertThat(ranked).extracting(Bundle::arrangement)
			.containsExactly(Bundle.Arrangement.BACK_TO_BACK, Bundle.Arrangement.PARALLEL, Bundle.Arrangement.PARALLEL);
		assertThat(ranked).extracting(Bundle::start).containsExactly(at(9, 0), at(9, 0), at(13, 0));
		assertThat(ranked).extracting(Bundle::score).containsExactly(93, 81, 70);
		assertThat(ranked.getFirst().slots()).extracting(Bundle.MemberSlot::practitioner, Bundle.MemberSlot::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.a, at(9, 0)),
					org.assertj.core.groups.Tuple.tuple(this.a, at(9, 30)));
		assertThat(ranked.get(2).breakdown()).filteredOn((factor) -> factor.name().equals("timeOfDay"))
			.singleElement()
			.satisfies((factor) -> {
				assertThat(factor.raw()).isEqualTo(90.0);
				assertThat(factor.points()).isCloseTo(11.25, org.assertj.core.api.Assertions.within(1e-9));
			});
	}

	/**
	 * Without a weight on moving between practitioners the weights add up to 85, so each
	 * share is weight / 85: the parallel 09:00 bundle loses 0.125 x 30/85 x 100 = 4.41
	 * (96) and beats back to back, 0.25 x 30/85 x 100 = 8.82 (91); the afternoon one
	 * loses (0.125 x 30 + 0.75 x 15)/85 x 100 = 17.65 (82).
	 */
	@Test
	void theWeightsDecide() {
		List<Bundle> ranked = rank(new DisruptionWeights(30, 20, 0, 10, 15, 10));

		assertThat(ranked).extracting(Bundle::arrangement)
			.containsExactly(Bundle.Arrangement.PARALLEL, Bundle.Arrangement.BACK_TO_BACK, Bundle.Arrangement.PARALLEL);
		assertThat(ranked).extracting(Bundle::score).containsExactly(96, 91, 82);
	}

	@Test
	void aPersonIsNeverInTwoPlacesAndAPractitionerNeverSeesTwoAtOnce() {
		for (Bundle bundle : rank(DisruptionWeights.defaults())) {
			List<Bundle.MemberSlot> slots = bundle.slots();
			for (int i = 0; i < slots.size(); i++) {
				for (int j = i + 1; j < slots.size(); j++) {
					boolean overlap = slots.get(i).start().isBefore(slots.get(j).end())
							&& slots.get(j).start().isBefore(slots.get(i).end());
					if (overlap) {
						assertThat(slots.get(i).practitioner()).isNotEqualTo(slots.get(j).practitioner());
					}
				}
			}
		}
	}

	private List<Bundle> rank(DisruptionWeights weights) {
		Map<PractitionerId, Set<Instant>> first = new LinkedHashMap<>();
		first.put(this.a, Set.of(at(9, 0), at(13, 0)));
		first.put(this.b, Set.of());
		Map<PractitionerId, Set<Instant>> second = new LinkedHashMap<>();
		second.put(this.a, Set.of(at(9, 30)));
		second.put(this.b, Set.of(at(9, 0), at(13, 0)));
		List<BundleFinder.MemberNeed> members = List.of(
				new BundleFinder.MemberNeed(null, this.checkUp, Duration.ofMinutes(30), first),
				new BundleFinder.MemberNeed(null, this.checkUp, Duration.ofMinutes(30), second));
		DisruptionScoring scoring = new DisruptionScoring(weights,
				new DisruptionScoring.Wishes(DAY, 1, 0, null, LocalTime.NOON));
		return BundleFinder.find(this.location, 0, members)
			.stream()
			.map((bundle) -> scoring.score(bundle, ZONE))
			.sorted(DisruptionScoring.ORDER)
			.toList();
	}

	private static Instant at(int hour, int minute) {
		return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
	}

}
