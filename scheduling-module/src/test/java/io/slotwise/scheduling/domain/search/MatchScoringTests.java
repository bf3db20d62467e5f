package io.slotwise.scheduling.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MatchScoringTests {

	static final Duration TWO_WEEKS = Duration.ofDays(14);

	final MatchScoring scoring = new MatchScoring(ScoreWeights.DEFAULTS);

	static MatchSignals signals(Duration untilFirstSlot, int freeSlots, double distanceKm, double rating, int reviews,
			boolean language, boolean insurance) {
		return new MatchSignals(Optional.ofNullable(untilFirstSlot), TWO_WEEKS, freeSlots, distanceKm, 10, rating,
				reviews, language, insurance);
	}

	@Test
	void aPerfectMatchScoresNearlyAHundredAndExplainsItself() {
		MatchScore score = this.scoring.score(signals(Duration.ZERO, 20, 0, 5.0, 10_000, true, true));
		assertThat(score.value()).isEqualTo(100);
		assertThat(score.availability().value()).isEqualTo(1.0);
		assertThat(score.distance().value()).isEqualTo(1.0);
		assertThat(score.rating().value()).isCloseTo(1.0, within(0.01));
		double points = score.availability().points() + score.distance().points() + score.rating().points()
				+ score.language().points() + score.insurance().points();
		assertThat(points).isCloseTo(score.value(), within(0.5));
	}

	@Test
	void componentsCarryTheirConfiguredShareOfTheWeight() {
		MatchScore score = this.scoring.score(signals(Duration.ofDays(7), 5, 5, 4.0, 50, false, true));
		assertThat(score.availability().weight()).isEqualTo(0.35);
		assertThat(score.distance().weight()).isEqualTo(0.25);
		assertThat(score.distance().value()).isCloseTo(0.5, within(1e-9));
		assertThat(score.distance().points()).isCloseTo(12.5, within(1e-9));
		assertThat(score.language().points()).isZero();
		// soonness 0.5, choice 0.5 -> 0.5
		assertThat(score.availability().value()).isCloseTo(0.5, within(0.001));
	}

	@Test
	void noFreeSlotMeansNoAvailabilityPoints() {
		MatchScore score = this.scoring.score(signals(null, 0, 1, 4.5, 100, true, true));
		assertThat(score.availability().points()).isZero();
		assertThat(score.value()).isLessThanOrEqualTo(65);
	}

	@Test
	void aSingleFiveStarReviewDoesNotBeatHundredsOfGoodOnes() {
		MatchScore oneReview = this.scoring.score(signals(Duration.ZERO, 10, 1, 5.0, 1, true, true));
		MatchScore manyReviews = this.scoring.score(signals(Duration.ZERO, 10, 1, 4.8, 400, true, true));
		assertThat(manyReviews.rating().value()).isGreaterThan(oneReview.rating().value());
	}

	@Test
	void soonerAndCloserScoresHigher() {
		MatchScore soonClose = this.scoring.score(signals(Duration.ofHours(20), 8, 2, 4.5, 80, true, true));
		MatchScore lateClose = this.scoring.score(signals(Duration.ofDays(12), 8, 2, 4.5, 80, true, true));
		MatchScore soonFar = this.scoring.score(signals(Duration.ofHours(20), 8, 9, 4.5, 80, true, true));
		assertThat(soonClose.value()).isGreaterThan(lateClose.value()).isGreaterThan(0);
		assertThat(soonClose.value()).isGreaterThan(soonFar.value());
	}

	@Test
	void weightsAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoreWeights(-1, 1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ScoreWeights(0, 0, 0, 0, 0));
	}

	@Test
	void onlyWeightRatiosMatter() {
		MatchSignals signals = signals(Duration.ofDays(3), 4, 3, 4.2, 30, false, true);
		assertThat(new MatchScoring(new ScoreWeights(0.35, 0.25, 0.2, 0.1, 0.1)).score(signals).value())
			.isEqualTo(this.scoring.score(signals).value());
	}

}
