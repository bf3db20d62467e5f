package io.slotwise.scheduling.adapter.out.redisson;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.application.HoldCooldowns;
import org.redisson.api.RBucket;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Component;

/**
 * One key per (patient, practitioner, slot start) holding the end of the cooldown in
 * epoch millis. The value, compared with the application's clock, decides; the key's TTL
 * only collects garbage.
 */
@Component
class RedissonHoldCooldowns implements HoldCooldowns {

	private final HoldStore store;

	private final RedisPseudonyms pseudonyms;

	RedissonHoldCooldowns(HoldStore store, RedisPseudonyms pseudonyms) {
		this.store = store;
		this.pseudonyms = pseudonyms;
	}

	@Override
	public void start(PatientId patient, PractitionerId practitioner, Instant slotStart, Instant until) {
		this.store.await(bucket(patient, practitioner, slotStart).setAsync(String.valueOf(until.toEpochMilli()),
				garbageAfter(until)));
	}

	@Override
	public Optional<Instant> until(PatientId patient, PractitionerId practitioner, Instant slotStart, Instant now) {
		String until = this.store.await(bucket(patient, practitioner, slotStart).getAsync());
		return Optional.ofNullable(until).map(Long::parseLong).map(Instant::ofEpochMilli).filter(now::isBefore);
	}

	// The application's clock may differ from the wall clock (tests); the key lives at
	// least a minute and at most a day, whatever the two say.
	private static Duration garbageAfter(Instant until) {
		Duration left = Duration.between(Instant.now(), until).plusMinutes(1);
		return (left.compareTo(Duration.ofMinutes(1)) < 0) ? Duration.ofMinutes(1)
				: (left.compareTo(Duration.ofDays(1)) > 0) ? Duration.ofDays(1) : left;
	}

	private RBucket<String> bucket(PatientId patient, PractitionerId practitioner, Instant slotStart) {
		return this.store.redisson()
			.getBucket(HoldStore.PREFIX + "cooldown:" + this.pseudonyms.of(patient.value()) + ":" + practitioner.value()
					+ ":" + slotStart.toEpochMilli(), StringCodec.INSTANCE);
	}

}
