package io.slotwise.scheduling.adapter.out.redisson;

import java.util.UUID;
import java.util.function.Consumer;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.application.AvailabilityBroadcast;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Redis pub/sub through a Redisson {@link RTopic} (ADR 0019): Redisson resubscribes by
 * itself after a reconnect, and every instance already talks to Redis, whereas PostgreSQL
 * LISTEN would pin one pooled connection per instance and need a polling thread. A
 * message is {@code practitioner|location|origin}; the origin instance skips its own
 * messages because it already told its local subscribers.
 */
@Component
class RedissonAvailabilityBroadcast implements AvailabilityBroadcast {

	static final String TOPIC = "slotwise:scheduling:availability";

	private static final Logger log = LoggerFactory.getLogger(RedissonAvailabilityBroadcast.class);

	private final String origin = UUID.randomUUID().toString();

	private final RTopic topic;

	RedissonAvailabilityBroadcast(RedissonClient redis) {
		this.topic = redis.getTopic(TOPIC, StringCodec.INSTANCE);
	}

	@Override
	public void publish(Change change) {
		// Asynchronous: a slow or lost Redis must not hold up the request that committed.
		this.topic.publishAsync(change.practitioner().value() + "|" + change.location().value() + "|" + this.origin)
			.whenComplete((receivers, failure) -> {
				if (failure != null) {
					log.debug("Availability change not broadcast: {}", failure.toString());
				}
			});
	}

	@Override
	public void receive(Consumer<Change> receiver) {
		TopicListening.start(this.topic, (channel, message) -> {
			String[] parts = message.split("\\|", -1);
			if (parts.length == 3 && !parts[2].equals(this.origin)) {
				receiver.accept(new Change(new PractitionerId(UUID.fromString(parts[0])),
						new LocationId(UUID.fromString(parts[1]))));
			}
		});
	}

}
