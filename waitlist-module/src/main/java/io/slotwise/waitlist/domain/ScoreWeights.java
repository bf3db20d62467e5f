package io.slotwise.waitlist.domain;

import java.time.Duration;

/**
 * How much each part of the score counts (only the ratios matter) and the scales that
 * turn waiting time and notice into {@code [0, 1]}.
 *
 * @param waitedHorizon waiting this long or longer scores the full waited component
 * @param noticeHorizon a minimum notice this long or longer scores no notice flexibility
 */
public record ScoreWeights(double fit, double waited, double flexibility, double priority, Duration waitedHorizon,
		Duration noticeHorizon) {

	public ScoreWeights {
		if (fit < 0 || waited < 0 || flexibility < 0 || priority < 0 || fit + waited + flexibility + priority <= 0) {
			throw new IllegalArgumentException("Score weights must be non-negative and not all zero");
		}
	}

	public static ScoreWeights defaults() {
		return new ScoreWeights(30, 30, 20, 20, Duration.ofDays(30), Duration.ofHours(48));
	}

	double sum() {
		return this.fit + this.waited + this.flexibility + this.priority;
	}

}
