package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.slotwise.resources.PractitionerId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Live viewer counts against real Redis: distinct people, within the window, computed
 * from the instants we pass (the injected clock in production), not from sleeping.
 */
@ApplicationModuleTest
class RedissonPageViewsTests {

	static final Duration WINDOW = Duration.ofMinutes(5);

	static final Instant T0 = Instant.parse("2026-11-24T15:00:00Z");

	@Autowired
	RedissonPageViews views;

	@Test
	void countsDistinctViewersNotPageLoads() {
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		assertThat(this.views.recordAndCount(practitioner, "user:alice", T0, WINDOW)).isEqualTo(1);
		assertThat(this.views.recordAndCount(practitioner, "user:alice", T0.plusSeconds(10), WINDOW)).isEqualTo(1);
		assertThat(this.views.recordAndCount(practitioner, "visitor:42", T0.plusSeconds(20), WINDOW)).isEqualTo(2);
		assertThat(this.views.count(practitioner, T0.plusSeconds(30), WINDOW)).isEqualTo(2);
	}

	@Test
	void viewsOlderThanTheWindowNoLongerCount() {
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		this.views.recordAndCount(practitioner, "user:alice", T0, WINDOW);
		this.views.recordAndCount(practitioner, "user:bob", T0.plus(Duration.ofMinutes(3)), WINDOW);
		assertThat(this.views.count(practitioner, T0.plus(WINDOW).minusSeconds(1), WINDOW)).isEqualTo(2);
		assertThat(this.views.count(practitioner, T0.plus(WINDOW), WINDOW)).as("alice's view is exactly 5 min old")
			.isEqualTo(1);
		assertThat(this.views.count(practitioner, T0.plus(Duration.ofMinutes(9)), WINDOW)).isZero();
	}

	@Test
	void countsArePerPractitioner() {
		PractitionerId one = new PractitionerId(UUID.randomUUID());
		PractitionerId other = new PractitionerId(UUID.randomUUID());
		this.views.recordAndCount(one, "user:alice", T0, WINDOW);
		assertThat(this.views.count(other, T0, WINDOW)).isZero();
	}

	@Test
	void concurrentViewersAreAllCounted() throws InterruptedException {
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		int viewers = 40;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < viewers; i++) {
			String viewer = "visitor:" + i;
			pool.submit(() -> {
				start.await();
				return this.views.recordAndCount(practitioner, viewer, T0, WINDOW);
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		assertThat(this.views.count(practitioner, T0.plusSeconds(1), WINDOW)).isEqualTo(viewers);
	}

}
