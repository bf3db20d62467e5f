package io.slotwise.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.SlotwiseApplication;
import io.slotwise.platform.ratelimit.Limiters;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SlotCache;
import io.slotwise.testing.TestServices;
import io.slotwise.testing.TlsRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's own Redisson client (Redisson's Spring Boot starter, the settings the
 * README documents) against a Redis that speaks only TLS and knows only an ACL user, as
 * managed Redis does: {@code spring.data.redis.url=rediss://user:password@host:port}. The
 * rate limits' token buckets and the search cache work through it. A whole application
 * context of its own, started here rather than by the test harness, so that its Redis is
 * this one and the JVM trust store holds the test certificate for the context's whole
 * life (its pool opens connections later too).
 */
class MainRedisOverTlsTests {

	/**
	 * The ACL the README documents: Slotwise's keys, and the {@code {slotwise:...}}
	 * hash-tagged keys Redisson derives from them (a rate limiter's value and permits).
	 */
	static final String KEY_PATTERNS = "~slotwise:* ~{slotwise:*";

	@TempDir
	Path dir;

	@Test
	void theApplicationsRedisClientRateLimitsAndCachesOverTlsAsAnAclUser() throws Exception {
		try (TlsRedis redis = TlsRedis.start(this.dir, KEY_PATTERNS)) {
			TestServices.IsolatedServices database = TestServices.isolated();
			redis.trusted(() -> {
				try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SlotwiseApplication.class)
					.profiles("test")
					.run("--spring.datasource.url=" + database.jdbcUrl(),
							"--spring.datasource.username=" + database.username(),
							"--spring.datasource.password=" + database.password(), "--spring.data.redis.url=rediss://"
									+ TlsRedis.USER + ":" + TlsRedis.PASSWORD + "@127.0.0.1:" + redis.port(),
							"--server.port=0")) {
					exercise(app);
				}
				return null;
			});
		}
	}

	private static void exercise(ConfigurableApplicationContext app) {
		RedissonClient client = app.getBean(RedissonClient.class);
		// the ACL user's connection (the default user is off): a key outside its
		// patterns is refused
		assertThatThrownBy(() -> client.getBucket("elsewhere", StringCodec.INSTANCE).set("x"))
			.hasStackTraceContaining("NOPERM");

		// a refusal proves the bucket is in Redis: the limiter lets calls through when
		// Redis does not answer
		Limiters limiters = app.getBean(Limiters.class);
		assertThat(limiters.tryAcquire("tls-check", 1, Duration.ofMinutes(1), 1)).isTrue();
		assertThat(limiters.tryAcquire("tls-check", 1, Duration.ofMinutes(1), 1)).isFalse();
		// Redisson keeps a limiter's state under its hash-tagged name: the ACL needs both
		// patterns
		assertThat(client.getKeys().getKeysByPattern("{slotwise:rate:*")).isNotEmpty();

		SlotCache cache = app.getBean(SlotCache.class);
		PractitionerId practitioner = new PractitionerId(UUID.randomUUID());
		String version = cache.versions(List.of(practitioner)).get(practitioner);
		SlotCache.Key day = new SlotCache.Key(practitioner, new LocationId(UUID.randomUUID()),
				new VisitTypeId(UUID.randomUUID()), LocalDate.now().plusDays(1), version);
		// the cache keeps slots to the second
		Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
		List<Slot> slots = List.of(new Slot(start, start.plus(Duration.ofMinutes(30))));
		cache.write(Map.of(day, slots), Duration.ofMinutes(5));
		assertThat(cache.read(List.of(day))).containsEntry(day, slots);
		cache.invalidate(practitioner);
		assertThat(cache.versions(List.of(practitioner))).doesNotContainEntry(practitioner, version);
	}

}
