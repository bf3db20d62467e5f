package io.slotwise.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
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

	private int incomplete(Probe probe) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and serialized_event like ?",
				Integer.class, "%" + probe.id() + "%");
	}

	record Probe(UUID id) {
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

	}

}
