package io.slotwise.waitlist.adapter.out.redisson;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.application.OfferBroadcast;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Redis pub/sub through a Redisson {@link RTopic}: every instance subscribes once and
 * fans the notices out to its local subscriptions. Chosen over PostgreSQL LISTEN/NOTIFY
 * because every instance already holds a Redisson connection that resubscribes after a
 * reconnect, whereas LISTEN would pin a pooled JDBC connection per instance and need a
 * thread polling it. Pub/sub keeps nothing for an instance that is away; that is
 * acceptable because the in-app channel is a live view and {@code myOffers} (PostgreSQL)
 * stays the record. A publish that fails throws, so the outbox retries it.
 */
@Component
class RedisOfferBroadcast implements OfferBroadcast, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RedisOfferBroadcast.class);

	static final String TOPIC = "slotwise:waitlist:offer-notices";

	private static final Executor RETRY = CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS);

	private final RTopic topic;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Sinks.Many<OfferNotice> local = Sinks.many().multicast().directBestEffort();

	private volatile int listener = -1;

	private volatile boolean stopped;

	RedisOfferBroadcast(RedissonClient redisson) {
		this.topic = redisson.getTopic(TOPIC, StringCodec.INSTANCE);
		listen(1);
	}

	// Tried at once and then every second until it takes (ADR 0033): an instance started
	// while Redis is down must start and hear the notices once Redis answers; after that,
	// Redisson resubscribes by itself on every reconnect.
	private void listen(int attempt) {
		CompletionStage<Integer> subscribing;
		try {
			subscribing = this.topic.addListenerAsync(String.class, (channel, message) -> received(message));
		}
		catch (RuntimeException ex) {
			subscribing = CompletableFuture.failedFuture(ex);
		}
		subscribing.whenComplete((id, failure) -> {
			if (failure == null) {
				this.listener = id;
			}
			else if (!this.stopped) {
				if (attempt == 1) {
					log.warn("Offer notices not heard from other instances until Redis answers: {}",
							failure.toString());
				}
				CompletableFuture.runAsync(() -> listen(attempt + 1), RETRY);
			}
		});
	}

	@Override
	public void publish(OfferNotice notice) {
		this.topic.publish(this.json.writeValueAsString(notice));
	}

	@Override
	public Flux<OfferNotice> received() {
		return this.local.asFlux();
	}

	private void received(String message) {
		try {
			OfferNotice notice = this.json.readValue(message, OfferNotice.class);
			this.local.emitNext(notice, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
		}
		catch (RuntimeException ex) {
			log.warn("Dropped an unreadable offer notice from the topic: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.stopped = true;
		if (this.listener >= 0) {
			this.topic.removeListener(this.listener);
		}
	}

}
