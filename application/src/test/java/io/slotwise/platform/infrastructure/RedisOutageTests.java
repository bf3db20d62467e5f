package io.slotwise.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.SlotwiseApplication;
import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldSlot;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.WatchAvailability;
import io.slotwise.testing.Clinic;
import io.slotwise.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import reactor.core.Disposable;
import redis.embedded.RedisServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole instance against a Redis of its own that the test stops and starts (issue 15,
 * harness finding): an instance started while Redis is down comes up, answers holds with
 * HOLDS_UNAVAILABLE and availability from the database, and recovers by itself when Redis
 * comes; its availability subscribers hear other instances after Redis returns, also
 * after a restart that lost every subscription on the server.
 */
class RedisOutageTests {

	static final String TOPIC = "slotwise:scheduling:availability";

	int port;

	RedisServer redis;

	ConfigurableApplicationContext app;

	RedissonClient otherInstance;

	@AfterEach
	void stop() throws IOException {
		if (this.otherInstance != null) {
			this.otherInstance.shutdown();
		}
		if (this.app != null) {
			this.app.close();
		}
		if (this.redis != null) {
			this.redis.stop();
		}
	}

	@Test
	void anInstanceStartedWhileRedisIsDownServesWhatItCanAndRecoversByItself() throws IOException {
		this.port = freePort();
		this.app = instance(); // nothing listens on the port yet
		Clinic clinic = Clinic.open(this.app.getBean(MaintainCatalog.class));
		HoldSlot holds = this.app.getBean(HoldSlot.class);
		SlotRequest slot = slot(clinic, 10);

		assertThat(holds.holdSlot(patient(), slot)).isInstanceOfSatisfying(Outcome.Refused.class,
				(refused) -> assertThat(refused.problem().code()).isEqualTo(Problem.Code.HOLDS_UNAVAILABLE));
		assertThat(this.app.getBean(FindAvailableSlots.class).availableSlots(day(clinic)))
			.isInstanceOfSatisfying(Outcome.Done.class, (done) -> assertThat((List<?>) done.value()).isNotEmpty());

		startRedis();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> holds.holdSlot(patient(), slot(clinic, 11)) instanceof Outcome.Done<HoldDetails>);
		assertThat(heardFromAnotherInstance(clinic)).isTrue();
	}

	@Test
	void subscribersHearOtherInstancesAgainAfterRedisRestarts() throws IOException {
		this.port = freePort();
		startRedis();
		this.app = instance();
		Clinic clinic = Clinic.open(this.app.getBean(MaintainCatalog.class));
		assertThat(heardFromAnotherInstance(clinic)).isTrue();

		// restarted empty, as the load harness does: the server forgot every subscription
		this.otherInstance.shutdown();
		this.otherInstance = null;
		this.redis.stop();
		startRedis();

		assertThat(heardFromAnotherInstance(clinic)).isTrue();
	}

	/**
	 * Another instance publishes a change of the clinic's practitioner until this
	 * instance's subscriber hears it (a message sent before the subscription is back is
	 * lost, by design: ADR 0019).
	 */
	private boolean heardFromAnotherInstance(Clinic clinic) {
		if (this.otherInstance == null) {
			Config config = new Config();
			config.useSingleServer().setAddress("redis://127.0.0.1:" + this.port);
			this.otherInstance = Redisson.create(config);
		}
		AtomicInteger heard = new AtomicInteger();
		Disposable listening = this.app.getBean(WatchAvailability.class)
			.changes(clinic.practitioner(), clinic.location())
			.subscribe((change) -> heard.incrementAndGet());
		try {
			String message = clinic.practitioner().value() + "|" + clinic.location().value() + "|another-instance";
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
				this.otherInstance.getTopic(TOPIC, StringCodec.INSTANCE).publish(message);
				return heard.get() > 0;
			});
			return true;
		}
		finally {
			listening.dispose();
		}
	}

	private ConfigurableApplicationContext instance() {
		TestServices.IsolatedServices database = TestServices.isolated();
		return new SpringApplicationBuilder(SlotwiseApplication.class).profiles("test")
			.run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--spring.data.redis.host=127.0.0.1",
					"--spring.data.redis.port=" + this.port, "--server.port=0");
	}

	private void startRedis() throws IOException {
		this.redis = RedisServer.newRedisServer()
			.port(this.port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		this.redis.start();
	}

	private static SlotRequest slot(Clinic clinic, int hour) {
		ZoneId zone = ZoneId.of("America/New_York");
		return new SlotRequest(clinic.practitioner(), clinic.location(), clinic.visitType(),
				LocalDate.now(zone).plusDays(2).atTime(hour, 0).atZone(zone).toInstant());
	}

	private static AvailabilityQuery day(Clinic clinic) {
		LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).plusDays(2);
		return new AvailabilityQuery(clinic.practitioner(), clinic.location(), clinic.visitType(), day, day);
	}

	private static PatientId patient() {
		return new PatientId(UUID.randomUUID());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
