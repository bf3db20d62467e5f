package io.slotwise.scheduling.adapter.out.redisson;

import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.application.HoldsUnavailable;
import io.slotwise.scheduling.calendar.application.ConnectionTokens;
import org.redisson.api.RBucket;
import org.redisson.client.codec.StringCodec;

import org.springframework.stereotype.Component;

/**
 * The calendar connections token, one string key beside the holds (the same Redis, the
 * same bounded wait). A missing key (first start, flushed Redis) gets a fresh random
 * token, set only if still absent, so racing instances agree on one.
 */
@Component
class RedissonConnectionTokens implements ConnectionTokens {

	private static final String KEY = HoldStore.PREFIX + "calendar:connections-token";

	private final HoldStore store;

	RedissonConnectionTokens(HoldStore store) {
		this.store = store;
	}

	@Override
	public Optional<String> current() {
		try {
			String token = this.store.await(bucket().getAsync());
			if (token != null) {
				return Optional.of(token);
			}
			String fresh = UUID.randomUUID().toString();
			return Boolean.TRUE.equals(this.store.await(bucket().setIfAbsentAsync(fresh))) ? Optional.of(fresh)
					: Optional.ofNullable(this.store.await(bucket().getAsync()));
		}
		catch (HoldsUnavailable ex) {
			return Optional.empty();
		}
	}

	@Override
	public void renew() {
		this.store.await(bucket().setAsync(UUID.randomUUID().toString()));
	}

	private RBucket<String> bucket() {
		return this.store.redisson().getBucket(KEY, StringCodec.INSTANCE);
	}

}
