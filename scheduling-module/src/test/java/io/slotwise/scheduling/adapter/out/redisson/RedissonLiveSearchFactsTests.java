package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.application.HoldPlacement;
import io.slotwise.scheduling.application.LiveSearchFacts;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.domain.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * What a search reads from Redis before it ranks (ADR 0031) on a private, real Redis: the
 * one script answers exactly what the three separate reads answer (live holds, version
 * tokens, viewer counts), and a dead Redis leaves all three unknown, not an error. The
 * cluster case (three reads one after another) runs in {@link HoldsOnRedisClusterTests}.
 */
class RedissonLiveSearchFactsTests {

	static final SchedulingSettings SETTINGS = new SchedulingSettings(null, null, null, null, null, null, null, null,
			Duration.ofMillis(500));

	/**
	 * For comparing answers on a live Redis: a freshly started cluster may take longer
	 * than the 500 ms budget for its first calls, and this comparison is about what is
	 * read, not how fast.
	 */
	static final SchedulingSettings PATIENT_SETTINGS = new SchedulingSettings(null, null, null, null, null, null, null,
			null, Duration.ofSeconds(10));

	static final Duration WINDOW = Duration.ofMinutes(5);

	PrivateRedis redis;

	RedissonClient redisson;

	RedissonSlotHolds holds;

	@BeforeEach
	void start() throws IOException {
		this.redis = PrivateRedis.start(Duration.ofMillis(500));
		this.redisson = this.redis.redisson;
		this.holds = new RedissonSlotHolds(new HoldStore(this.redisson, SETTINGS), SETTINGS, Clock.systemUTC(),
				pseudonyms());
	}

	@AfterEach
	void stop() throws IOException {
		this.redis.stop();
	}

	@Test
	void oneScriptReadsWhatTheThreeCallsRead() {
		readsWhatTheThreeCallsRead(this.redisson, this.holds);
	}

	@Test
	void aDeadRedisLeavesHoldsVersionsAndViewersUnknown() throws IOException {
		this.redis.server.stop();
		LiveSearchFacts.Live live = facts(this.redisson, this.holds)
			.read(List.of(new PractitionerId(UUID.randomUUID())), Instant.now(), WINDOW);
		assertThat(live).isEqualTo(new LiveSearchFacts.Live(null, null, null));
	}

	/**
	 * A practitioner with a live hold, one with two viewers, one whose availability
	 * changed and one with nothing: the search's read equals the three reads made one by
	 * one.
	 */
	static void readsWhatTheThreeCallsRead(RedissonClient redisson, RedissonSlotHolds holds) {
		PractitionerId held = new PractitionerId(UUID.randomUUID());
		PractitionerId viewed = new PractitionerId(UUID.randomUUID());
		PractitionerId changed = new PractitionerId(UUID.randomUUID());
		PractitionerId quiet = new PractitionerId(UUID.randomUUID());
		Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		assertThat(HoldsOnRedisClusterTests.place(holds, held,
				List.of(new Resource(Resource.Kind.ROOM, UUID.randomUUID())), start))
			.isInstanceOf(HoldPlacement.Placed.class);
		RedissonPageViews views = new RedissonPageViews(redisson, pseudonyms());
		views.recordAndCount(viewed, "alice", Instant.now(), WINDOW);
		views.recordAndCount(viewed, "bob", Instant.now(), WINDOW);
		RedissonSlotCache cache = new RedissonSlotCache(redisson, PATIENT_SETTINGS, 100, Duration.ofMinutes(10));
		cache.invalidate(changed);
		List<PractitionerId> all = List.of(held, viewed, changed, quiet);
		Instant now = Instant.now();

		LiveSearchFacts.Live live = facts(redisson, holds).read(all, now, WINDOW);

		assertThat(live.held()).isEqualTo(holds.held(all.stream().map(PractitionerId::value).toList(), now))
			.containsOnlyKeys(held.value());
		assertThat(live.versions()).isEqualTo(cache.versions(all)).containsOnlyKeys(all);
		assertThat(live.versions().get(changed)).isNotEqualTo(live.versions().get(quiet));
		assertThat(live.versions().get(held)).isEqualTo(live.versions().get(quiet));
		assertThat(live.viewers()).isEqualTo(views.counts(all, now, WINDOW))
			.containsEntry(viewed, 2)
			.containsEntry(quiet, 0);
	}

	private static RedissonLiveSearchFacts facts(RedissonClient redisson, RedissonSlotHolds holds) {
		return new RedissonLiveSearchFacts(new HoldStore(redisson, SETTINGS), holds,
				new RedissonSlotCache(redisson, SETTINGS, 100, Duration.ofMinutes(10)),
				new RedissonPageViews(redisson, pseudonyms()));
	}

	private static RedisPseudonyms pseudonyms() {
		return new RedisPseudonyms("bGl2ZS1zZWFyY2gtZmFjdHMtdGVzdHMta2V5LTMyYnl0ZXMh");
	}

}
