package io.slotwise.scheduling.adapter.out.redisson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.application.SchedulingSettings;
import io.slotwise.scheduling.application.SlotCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search cache on a private, real Redis: days round-trip, a version bump makes every
 * earlier entry unreachable, and a dead Redis fails fast with SlotCacheUnavailable (which
 * search answers by computing uncached).
 */
class RedissonSlotCacheTests {

	PrivateRedis redis;

	RedissonSlotCache cache;

	PractitionerId practitioner = new PractitionerId(UUID.randomUUID());

	LocationId location = new LocationId(UUID.randomUUID());

	VisitTypeId visitType = new VisitTypeId(UUID.randomUUID());

	LocalDate day = LocalDate.of(2030, 3, 4);

	@BeforeEach
	void start() throws IOException {
		this.redis = PrivateRedis.start(Duration.ofMillis(300));
		this.cache = new RedissonSlotCache(this.redis.redisson,
				new SchedulingSettings(null, null, null, null, null, null, null, null, Duration.ofMillis(300)), 1000,
				Duration.ofMinutes(10));
	}

	@AfterEach
	void stop() throws IOException {
		this.redis.stop();
	}

	@Test
	void daysRoundTripUnderTheCurrentVersionOnly() {
		Slot slot = new Slot(Instant.parse("2030-03-04T14:00:00Z"), Instant.parse("2030-03-04T14:30:00Z"));
		SlotCache.Key full = key(this.day);
		SlotCache.Key empty = key(this.day.plusDays(1));
		this.cache.write(Map.of(full, List.of(slot), empty, List.of()), Duration.ofMinutes(10));
		assertThat(this.cache.read(List.of(full, empty, key(this.day.plusDays(2)))))
			.containsExactlyInAnyOrderEntriesOf(Map.of(full, List.of(slot), empty, List.of()));
		this.cache.invalidate(this.practitioner);
		assertThat(this.cache.read(List.of(key(this.day), key(this.day.plusDays(1))))).isEmpty();
		this.cache.write(Map.of(key(this.day), List.of()), Duration.ofMinutes(10));
		this.cache.invalidateAll();
		assertThat(this.cache.read(List.of(key(this.day)))).isEmpty();
	}

	@Test
	void otherPractitionersKeepTheirVersion() {
		PractitionerId other = new PractitionerId(UUID.randomUUID());
		String before = this.cache.versions(List.of(other)).get(other);
		this.cache.invalidate(this.practitioner);
		assertThat(this.cache.versions(List.of(other)).get(other)).isEqualTo(before);
		assertThat(this.cache.versions(List.of(this.practitioner)).get(this.practitioner)).isNotEqualTo(before);
	}

	@Test
	void aDayReadOnceIsServedFromTheProcessUnderTheSameKey() {
		Slot slot = new Slot(Instant.parse("2030-03-04T14:00:00Z"), Instant.parse("2030-03-04T14:30:00Z"));
		SlotCache.Key key = key(this.day);
		this.cache.write(Map.of(key, List.of(slot)), Duration.ofMinutes(10));
		// Gone from Redis (as by its TTL): the decoded day is still here, under the same
		// key.
		this.redis.redisson.getKeys().deleteByPattern("slotwise:search:slots:*");
		assertThat(this.cache.read(List.of(key))).containsExactlyEntriesOf(Map.of(key, List.of(slot)));
		this.cache.invalidate(this.practitioner);
		assertThat(this.cache.read(List.of(key(this.day)))).isEmpty();
	}

	@Test
	void aFlushedRedisStartsANewEpochSoNoDayKeptInProcessIsReadAgain() {
		SlotCache.Key key = key(this.day);
		this.cache.write(
				Map.of(key, List
					.of(new Slot(Instant.parse("2030-03-04T14:00:00Z"), Instant.parse("2030-03-04T14:30:00Z")))),
				Duration.ofMinutes(10));
		this.redis.redisson.getKeys().flushall();
		SlotCache.Key after = key(this.day);
		assertThat(after.version()).isNotEqualTo(key.version());
		assertThat(this.cache.read(List.of(after))).isEmpty();
	}

	@Test
	void aVersionRestoredFromAnOlderSnapshotIsNeverIssuedAgain() {
		String before = this.cache.versions(List.of(this.practitioner)).get(this.practitioner);
		this.cache.invalidate(this.practitioner);
		SlotCache.Key bumped = key(this.day);
		this.cache.write(Map.of(bumped, List.of()), Duration.ofMinutes(10));
		// Redis restarts from a snapshot taken before the bump: the practitioner's token
		// is back to what it was, and the next change must not lead to the bumped key.
		this.redis.redisson.getKeys().delete("slotwise:search:v:" + this.practitioner.value());
		assertThat(this.cache.versions(List.of(this.practitioner)).get(this.practitioner)).isEqualTo(before);
		this.cache.invalidate(this.practitioner);
		SlotCache.Key next = key(this.day);
		assertThat(next.version()).isNotEqualTo(bumped.version());
		assertThat(this.cache.read(List.of(next))).isEmpty();
	}

	@Test
	void aDeadRedisFailsFast() throws IOException {
		this.redis.server.stop();
		long began = System.nanoTime();
		assertThatExceptionOfType(SlotCache.SlotCacheUnavailable.class)
			.isThrownBy(() -> this.cache.versions(List.of(this.practitioner)));
		assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
	}

	private SlotCache.Key key(LocalDate date) {
		return new SlotCache.Key(this.practitioner, this.location, this.visitType, date,
				this.cache.versions(List.of(this.practitioner)).get(this.practitioner));
	}

}
