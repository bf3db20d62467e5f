package io.slotwise.scheduling.adapter.out.redisson;

import java.util.concurrent.TimeUnit;

import io.slotwise.scheduling.application.SchedulingSettings;
import org.redisson.api.RedissonClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Shows whether holds work. Without Redis the service is degraded, not down: bookings go
 * on, guarded by the database, and holds come back by themselves when Redis does.
 */
@Component("holds")
class HoldStoreHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Holds unavailable; bookings guarded by the database");

	private final RedissonClient redisson;

	private final SchedulingSettings settings;

	HoldStoreHealth(HoldStore store, SchedulingSettings settings) {
		this.redisson = store.redisson();
		this.settings = settings;
	}

	@Override
	public Health health() {
		try {
			this.redisson.getKeys()
				.countAsync()
				.toCompletableFuture()
				.get(this.settings.holdStoreTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return Health.up().withDetail("holds", "available").build();
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return Health.status(DEGRADED)
				.withDetail("holds", "unavailable")
				.withDetail("bookings", "available")
				.build();
		}
	}

}
