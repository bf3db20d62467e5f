package io.slotwise.scheduling.adapter.out.redisson;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.redisson.RedissonShutdownException;
import org.redisson.api.RTopic;
import org.redisson.api.listener.MessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a Redis topic from start-up on, whether Redis answers yet or not (ADR 0033).
 * Once subscribed, Redisson resubscribes by itself after every reconnect (tested by
 * {@code RedisOutageTests}); but a subscription attempted while Redis has never answered
 * fails, and nothing would try it again. So it is tried at once (as before, when Redis is
 * up) and then every second until it takes.
 */
final class TopicListening {

	private static final Logger log = LoggerFactory.getLogger(TopicListening.class);

	private static final Executor LATER = CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS);

	private final RTopic topic;

	private final MessageListener<String> listener;

	private TopicListening(RTopic topic, MessageListener<String> listener) {
		this.topic = topic;
		this.listener = listener;
	}

	static void start(RTopic topic, MessageListener<String> listener) {
		new TopicListening(topic, listener).attempt(1);
	}

	private void attempt(int attempt) {
		CompletionStage<Integer> subscribing;
		try {
			subscribing = this.topic.addListenerAsync(String.class, this.listener);
		}
		catch (RuntimeException ex) {
			subscribing = CompletableFuture.failedFuture(ex);
		}
		subscribing.whenComplete((id, failure) -> {
			if (failure == null) {
				if (attempt > 1) {
					log.info("Listening on {} after {} attempts", this.topic.getChannelNames(), attempt);
				}
				return;
			}
			if (failure instanceof RedissonShutdownException
					|| failure.getCause() instanceof RedissonShutdownException) {
				return; // the instance is stopping
			}
			if (attempt == 1) {
				log.warn("Cannot listen on {} yet ({}); trying every second", this.topic.getChannelNames(),
						failure.toString());
			}
			CompletableFuture.runAsync(() -> attempt(attempt + 1), LATER);
		});
	}

}
