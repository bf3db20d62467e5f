package io.slotwise.waitlist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.Channel;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.OfferEvent;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.TimeWindow;
import io.slotwise.waitlist.WaitlistEntry;
import org.junit.jupiter.api.Test;

/**
 * Matching, scoring, ranking and the offer cascade as plain rules.
 */
class RankingAndCascadeTest {

	static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

	final PractitionerId doctor = new PractitionerId(UUID.randomUUID());

	final LocationId clinic = new LocationId(UUID.randomUUID());

	final VisitTypeId visit = new VisitTypeId(UUID.randomUUID());

	// Wednesday 4 March 2026, 10:00-10:30 in New York
	final FreedSlot slot = new FreedSlot(this.doctor, this.clinic, this.visit, Instant.parse("2026-03-04T15:00:00Z"),
			Instant.parse("2026-03-04T15:30:00Z"), ZoneId.of("America/New_York"));

	final FlexibilityScoring scoring = new FlexibilityScoring(ScoreWeights.defaults());

	@Test
	void matchingChecksEveryPreference() {
		assertThat(Matching.accepts(wish(Set.of(), List.of(), Duration.ZERO), this.slot, NOW)).isTrue();
		assertThat(Matching.accepts(wish(Set.of(DayOfWeek.MONDAY), List.of(), Duration.ZERO), this.slot, NOW))
			.isFalse();
		assertThat(Matching.accepts(
				wish(Set.of(), List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(10, 15))), Duration.ZERO),
				this.slot, NOW))
			.isFalse();
		assertThat(Matching.accepts(
				wish(Set.of(), List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(10, 30))), Duration.ZERO),
				this.slot, NOW))
			.isTrue();
		assertThat(Matching.accepts(wish(Set.of(), List.of(), Duration.ofDays(3)), this.slot, NOW)).isFalse();
	}

	@Test
	void priorityWaitingAndFlexibilityRankAndTiesBreakByJoiningThenId() {
		WaitlistEntry plain = entry(wish(Set.of(DayOfWeek.WEDNESDAY), List.of(), Duration.ofHours(24)), 0,
				NOW.minus(Duration.ofDays(1)));
		WaitlistEntry urgent = entry(plain.preferences(), 3, NOW.minus(Duration.ofDays(1)));
		WaitlistEntry patient = entry(plain.preferences(), 0, NOW.minus(Duration.ofDays(20)));
		WaitlistEntry flexible = entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW.minus(Duration.ofDays(1)));
		WaitlistEntry twin = entry(plain.preferences(), 0, plain.joinedAt().plusSeconds(1));
		List<Candidate> ranked = this.scoring.rank(List.of(twin, plain, flexible, patient, urgent), this.slot, NOW);
		assertThat(ranked).extracting(Candidate::entry)
			.containsExactly(urgent.id(), patient.id(), flexible.id(), plain.id(), twin.id());
		assertThat(ranked).extracting(Candidate::rank).containsExactly(1, 2, 3, 4, 5);
		Candidate top = ranked.getFirst();
		assertThat(top.score().priority()).isEqualTo(1.0);
		assertThat(top.score().fit()).isEqualTo(0.75);
		assertThat(top.score().total()).isBetween(0.0, 100.0);
	}

	@Test
	void roundOffersThreeWithShrinkingWindowsThenCascadesAndExhausts() {
		List<Candidate> ranked = this.scoring.rank(List.of(entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW),
				entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW.plusSeconds(1)),
				entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW.plusSeconds(2)),
				entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW.plusSeconds(3))), this.slot, NOW);
		OfferRound round = OfferRound.open("cancelled:x", this.slot, 3, ranked, NOW);
		List<Duration> windows = List.of(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));
		List<OfferEvent> made = round.cascade(NOW, windows, Optional::of);
		assertThat(made).hasSize(3).allMatch((event) -> ((OfferEvent.Made) event).othersOffered() == 2);
		assertThat(round.offers()).extracting((offer) -> Duration.between(offer.offeredAt(), offer.deadline()))
			.containsExactly(Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofMinutes(5));

		Instant later = NOW.plus(Duration.ofMinutes(6));
		assertThat(round.lapse(later)).hasSize(1);
		assertThat(round.cascade(later, windows, Optional::of)).singleElement()
			.matches((event) -> ((OfferEvent.Made) event).patient().equals(ranked.get(3).patient()));

		Instant end = NOW.plus(Duration.ofHours(1));
		round.lapse(end);
		assertThat(round.cascade(end, windows, Optional::of)).isEmpty();
		assertThat(round.status()).isEqualTo(OfferRound.Status.EXHAUSTED);
	}

	@Test
	void sequentialModeOffersOneAtATimeWithTheSameWindowsAndAPatientOnlyOnce() {
		WaitlistEntry first = entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW);
		WaitlistEntry again = new WaitlistEntry(new EntryId(UUID.randomUUID()), first.patient(), first.preferences(), 0,
				WaitlistEntry.Status.WAITING, NOW.plusSeconds(1));
		WaitlistEntry second = entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW.plusSeconds(2));
		List<Candidate> ranked = this.scoring.rank(List.of(first, again, second), this.slot, NOW);
		assertThat(ranked).extracting(Candidate::entry).containsExactly(first.id(), second.id());
		OfferRound round = OfferRound.open("cancelled:z", this.slot, 1, ranked, NOW);
		List<Duration> windows = List.of(Duration.ofMinutes(15), Duration.ofMinutes(10));
		assertThat(round.cascade(NOW, windows, Optional::of)).singleElement()
			.matches((event) -> ((OfferEvent.Made) event).othersOffered() == 0);
		Instant declined = NOW.plus(Duration.ofMinutes(1));
		assertThat(round.decline(first.patient(), round.offers().getFirst().id(), declined))
			.isInstanceOf(io.slotwise.waitlist.WaitlistOutcome.Done.class);
		round.cascade(declined, windows, Optional::of);
		assertThat(round.offers().getLast().patient()).isEqualTo(second.patient());
		assertThat(Duration.between(declined, round.offers().getLast().deadline())).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void windowsNeverRunPastTheHoldTheSlotAllows() {
		List<Candidate> ranked = this.scoring.rank(List.of(entry(wish(Set.of(), List.of(), Duration.ZERO), 0, NOW)),
				this.slot, NOW);
		OfferRound round = OfferRound.open("cancelled:y", this.slot, 3, ranked, NOW);
		Instant notice = NOW.plus(Duration.ofMinutes(7));
		round.cascade(NOW, List.of(Duration.ofMinutes(15)), (until) -> Optional.of(notice));
		assertThat(round.offers().getFirst().deadline()).isEqualTo(notice);
	}

	private Preferences wish(Set<DayOfWeek> days, List<TimeWindow> windows, Duration notice) {
		return new Preferences(this.visit, List.of(this.doctor), List.of(), null, null, LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31), days, windows, notice, Set.of(Channel.IN_APP), null);
	}

	private static WaitlistEntry entry(Preferences wish, int priority, Instant joined) {
		return new WaitlistEntry(new EntryId(UUID.randomUUID()), new PatientId(UUID.randomUUID()), wish, priority,
				WaitlistEntry.Status.WAITING, joined);
	}

}
