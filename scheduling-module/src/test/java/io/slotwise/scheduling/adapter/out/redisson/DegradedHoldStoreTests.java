package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.application.HoldPlacement;
import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.domain.Hold;
import io.slotwise.scheduling.domain.Requirement;
import io.slotwise.scheduling.domain.Resource;
import io.slotwise.scheduling.domain.TimeRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import redis.embedded.RedisServer;

import org.springframework.boot.health.contributor.Status;

/**
 * A private, real Redis that the test stops and starts: hold operations fail fast while
 * it is down, health says degraded, and everything recovers by itself.
 */
class DegradedHoldStoreTests {

	int port;

	RedisServer redis;

	RedissonClient redisson;

	RedissonSlotHolds holds;

	HoldStoreHealth health;

	@BeforeEach
	void start() throws IOException {
		this.port = freePort();
		this.redis = server();
		this.redis.start();
		Config config = new Config();
		config.useSingleServer()
			.setAddress("redis://127.0.0.1:" + this.port)
			.setTimeout(300)
			.setConnectTimeout(2000)
			.setRetryAttempts(0)
			.setPingConnectionInterval(200);
		this.redisson = Redisson.create(config);
		SchedulingSettings settings = new SchedulingSettings(null, null, null, null, null, null, null, null,
				Duration.ofMillis(300));
		this.holds = new RedissonSlotHolds(new HoldStore(this.redisson, settings), settings,
				java.time.Clock.systemUTC(),
				new RedisPseudonyms("ZGVncmFkZWQtaG9sZC1zdG9yZS10ZXN0cy1rZXktMzJieXRlcw=="));
		this.health = new HoldStoreHealth(new HoldStore(this.redisson, settings), settings);
	}

	@AfterEach
	void stop() throws IOException {
		this.redisson.shutdown();
		this.redis.stop();
	}

	@Test
	void failsFastWhileRedisIsDownAndRecoversByItself() throws Exception {
		assertThat(place()).isInstanceOf(HoldPlacement.Placed.class);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		this.redis.stop();
		long began = System.nanoTime();
		assertThatExceptionOfType(HoldsUnavailable.class).isThrownBy(this::place);
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
		assertThat(this.health.health().getStatus()).isEqualTo(HoldStoreHealth.DEGRADED);
		this.redis = server();
		this.redis.start();
		long deadline = System.currentTimeMillis() + 15_000;
		Object outcome = null;
		while (System.currentTimeMillis() < deadline) {
			try {
				outcome = place();
				break;
			}
			catch (HoldsUnavailable stillDown) {
				Thread.sleep(200);
			}
		}
		assertThat(outcome).isInstanceOf(HoldPlacement.Placed.class);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	private HoldPlacement place() {
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		Instant start = now.plus(Duration.ofDays(1));
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		SlotRequest slot = new SlotRequest(practitioner, new LocationId(UUID.randomUUID()),
				new VisitTypeId(UUID.randomUUID()), start);
		Hold draft = Hold.draft(new HoldId(UUID.randomUUID()), new PatientId(UUID.randomUUID()), slot,
				TimeRange.of(start, Duration.ofMinutes(30)), now, Duration.ofSeconds(60));
		return this.holds.place(draft,
				List.of(Requirement.exactly(new Resource(Resource.Kind.PRACTITIONER, practitioner.value()))), now, 2);
	}

	private RedisServer server() throws IOException {
		return RedisServer.newRedisServer()
			.port(this.port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
