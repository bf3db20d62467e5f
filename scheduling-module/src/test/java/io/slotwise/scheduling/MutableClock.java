package io.slotwise.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Real time plus an offset tests can move: expiry is tested by advancing the clock, not
 * by sleeping, while code that needs time to pass (Redis TTLs) still sees it pass. A bean
 * of the module's own type: a module test keeps only its own module's beans, so the
 * shared io.slotwise.testing.MutableClock would be filtered out here.
 */
public class MutableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void advance(Duration by) {
		this.offset.updateAndGet((current) -> current.plus(by));
	}

	public void setTo(Instant instant) {
		this.offset.set(Duration.between(Instant.now(), instant));
	}

	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Scheduling works in UTC instants");
	}

}
