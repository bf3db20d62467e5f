package io.slotwise.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client addresses that were just refused ({@code SEARCH_BUSY}, {@code RATE_LIMITED}) and
 * told when to come back. Until then the address is on probation: its requests are parked
 * by {@link ProbationFilter} and refused after a delay, before anything parses them, so a
 * client that re-sends at once spends its own time waiting instead of the server's CPU on
 * refusals. A client that waits the {@code retryAfterSeconds} it was given never meets
 * it.
 * <p>
 * In memory, like the search shares: the CPU it protects is this instance's. Judged by
 * the injected clock. At most {@code maxAddresses} addresses are remembered; when the
 * table is full the ones whose probation ended are dropped first, and if none has, a new
 * address is not put on probation (it is still refused by the share or the rate limit
 * that refused it).
 */
final class Probation {

	private final Clock clock;

	private final int maxAddresses;

	private final boolean enabled;

	private final Map<String, Refusal> addresses = new ConcurrentHashMap<>();

	/**
	 * Off with the rate limits ({@code slotwise.rate-limits.enabled=false}, tests that
	 * are not about abuse): many tests act fast from one address on a test clock, and one
	 * refusal would park the rest of their requests.
	 */
	Probation(Clock clock, int maxAddresses, boolean enabled) {
		if (maxAddresses < 1) {
			throw new IllegalArgumentException("slotwise.rate-limits.probation.max-addresses must be positive");
		}
		this.clock = clock;
		this.maxAddresses = maxAddresses;
		this.enabled = enabled;
	}

	/** The address was refused with {@code code} and told to retry after that long. */
	void refused(String address, String code, Duration retryAfter) {
		if (!this.enabled) {
			return;
		}
		Instant until = this.clock.instant().plus(retryAfter);
		if (this.addresses.size() >= this.maxAddresses && !this.addresses.containsKey(address)) {
			Instant now = this.clock.instant();
			this.addresses.values().removeIf((refusal) -> !refusal.until().isAfter(now));
			if (this.addresses.size() >= this.maxAddresses) {
				return;
			}
		}
		// a later refusal can only lengthen the probation
		this.addresses.merge(address, new Refusal(code, until),
				(old, fresh) -> fresh.until().isAfter(old.until()) ? fresh : old);
	}

	/** The refusal the address is still on probation for, if any. */
	Optional<Refusal> of(String address) {
		Refusal refusal = this.addresses.get(address);
		if (refusal == null) {
			return Optional.empty();
		}
		if (!refusal.until().isAfter(this.clock.instant())) {
			this.addresses.remove(address, refusal);
			return Optional.empty();
		}
		return Optional.of(refusal);
	}

	/**
	 * Why and until when an address is on probation.
	 *
	 * @param code the refusal it was given ({@code SEARCH_BUSY}, {@code RATE_LIMITED})
	 * @param until when it may come back
	 */
	record Refusal(String code, Instant until) {

		long retryAfterSeconds(Instant now) {
			return Math.max(1, (long) Math.ceil(Duration.between(now, this.until).toMillis() / 1000.0));
		}

	}

}
