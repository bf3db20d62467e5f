package io.slotwise.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module listener that fails leaves its publication incomplete in the registry; the
 * scheduled resubmission delivers it again and the registry records it complete. The
 * round is called directly: the schedule is pushed out of the test's way.
 */
@SpringBootTest(properties = { "slotwise.events.resubmit-older-than=PT0S", "slotwise.events.resubmit-interval=PT1H" })
@ActiveProfiles("test")
class PublicationResubmissionTests {

	@Autowired
	PublicationResubmission resubmission;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FailsOnce listener;

	@Autowired
	StallsOnce stalling;

	@Test
	void aFailedDeliveryIsResubmittedAndThenCompleted() {
		Probe probe = new Probe(UUID.randomUUID());
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(probe));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.listener.calls() == 1 && incomplete(probe) == 1);
		this.resubmission.resubmit();
		await().atMost(Duration.ofSeconds(60)).until(() -> incomplete(probe) == 0);
		assertThat(this.listener.calls()).isEqualTo(2);
		assertThat(this.listener.delivered()).isEqualTo(1);
	}

	/**
	 * ADR 0030: no "processing" write while a listener runs; the row stays "published"
	 * until completed, and a delivery that never returns (its instance died) is still
	 * resubmitted and completed by another delivery.
	 */
	@Test
	void aDeliveryInFlightCostsNoWriteAndIsResubmittedIfItNeverReturns() {
		Stalled stalled = new Stalled(UUID.randomUUID());
		try {
			new TransactionTemplate(this.transactions)
				.executeWithoutResult((status) -> this.events.publishEvent(stalled));
			await().atMost(Duration.ofSeconds(60)).until(() -> this.stalling.calls() == 1);
			assertThat(this.jdbc.queryForObject("select status from event_publication where serialized_event like ?",
					String.class, "%" + stalled.id() + "%"))
				.isEqualTo("PUBLISHED");
			this.resubmission.resubmit();
			await().atMost(Duration.ofSeconds(60)).until(() -> incomplete(stalled.id()) == 0);
			assertThat(this.stalling.calls()).isEqualTo(2);
		}
		finally {
			this.stalling.release();
		}
	}

	private int incomplete(Probe probe) {
		return incomplete(probe.id());
	}

	private int incomplete(UUID id) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and serialized_event like ?",
				Integer.class, "%" + id + "%");
	}

	record Probe(UUID id) {
	}

	record Stalled(UUID id) {
	}

	/**
	 * Its first delivery waits until released, like a listener on an instance that
	 * stopped mid-way; later deliveries complete at once.
	 */
	static class StallsOnce {

		private final AtomicInteger calls = new AtomicInteger();

		private final CountDownLatch released = new CountDownLatch(1);

		int calls() {
			return this.calls.get();
		}

		void release() {
			this.released.countDown();
		}

		@ApplicationModuleListener
		void on(Stalled stalled) throws InterruptedException {
			if (this.calls.incrementAndGet() == 1) {
				this.released.await(2, TimeUnit.MINUTES);
			}
		}

	}

	/**
	 * Throws on its first delivery, like a listener whose database blinked. Read through
	 * methods: the bean is a proxy (the listener is asynchronous and transactional).
	 */
	static class FailsOnce {

		private final AtomicInteger calls = new AtomicInteger();

		private final AtomicInteger delivered = new AtomicInteger();

		int calls() {
			return this.calls.get();
		}

		int delivered() {
			return this.delivered.get();
		}

		@ApplicationModuleListener
		void on(Probe probe) {
			if (this.calls.incrementAndGet() == 1) {
				throw new IllegalStateException("first delivery fails on purpose");
			}
			this.delivered.incrementAndGet();
		}

	}

	@TestConfiguration
	static class Listener {

		@Bean
		FailsOnce failsOnce() {
			return new FailsOnce();
		}

		@Bean
		StallsOnce stallsOnce() {
			return new StallsOnce();
		}

	}

}
