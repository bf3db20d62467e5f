package io.slotwise.scheduling.calendar.domain;

import java.time.Duration;

/**
 * How long to wait before retrying a transiently failing provider call: the first wait is
 * {@code first}, each further failure doubles it, never beyond {@code longest} — so a
 * provider that is down is not hammered, and one that comes back is retried soon enough
 * to refresh a token before it expires.
 */
public record RetryDelay(Duration first, Duration longest) {

	public RetryDelay {
		if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
			throw new IllegalArgumentException("0 < first <= longest");
		}
	}

	/**
	 * @param failures consecutive failures so far, at least 1
	 */
	public Duration after(int failures) {
		int doublings = Math.min(Math.max(failures, 1) - 1, 30);
		Duration wait = first;
		for (int i = 0; i < doublings && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(longest) > 0) ? longest : wait;
	}

}
