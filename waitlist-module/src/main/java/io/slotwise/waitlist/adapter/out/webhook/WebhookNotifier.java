package io.slotwise.waitlist.adapter.out.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.slotwise.waitlist.OfferNotice;
import io.slotwise.waitlist.application.Notifier;
import io.slotwise.waitlist.application.WaitlistSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Signed webhooks: the body is JSON; {@code X-Slotwise-Signature} is
 * {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the subscriber's own
 * secret and {@code X-Slotwise-Timestamp} the epoch second it was signed at, so a
 * receiver rejects replays older than its tolerance; {@code X-Slotwise-Delivery} names
 * offer and kind for de-duplication. A non-2xx answer throws, and the outbox retries with
 * backoff.
 */
@Component
class WebhookNotifier implements Notifier {

	private static final String PREFIX = "WEBHOOK:";

	private final WaitlistSettings settings;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Clock clock;

	WebhookNotifier(WaitlistSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public boolean delivers(String channel) {
		return subscriber(channel).isPresent();
	}

	@Override
	public void deliver(String channel, OfferNotice notice, @Nullable String email) throws Exception {
		WaitlistSettings.Webhook hook = subscriber(channel).orElseThrow();
		String body = "{\"offerId\":\"" + notice.offer().value() + "\",\"patientId\":\"" + notice.patient().value()
				+ "\",\"kind\":\"" + notice.kind() + "\",\"start\":\"" + notice.start() + "\",\"deadline\":\""
				+ notice.deadline() + "\",\"othersOffered\":" + notice.othersOffered() + ",\"text\":\""
				+ notice.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url()))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header("X-Slotwise-Timestamp", String.valueOf(timestamp))
			.header("X-Slotwise-Signature", "sha256=" + sign(hook.secret(), timestamp + "." + body))
			.header("X-Slotwise-Delivery", notice.offer().value() + ":" + notice.kind())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("Webhook " + hook.name() + " answered " + response.statusCode());
		}
	}

	static String sign(String secret, String payload) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
	}

	private Optional<WaitlistSettings.Webhook> subscriber(String channel) {
		return channel.startsWith(PREFIX) ? this.settings.webhooks()
			.stream()
			.filter((hook) -> hook.name().equals(channel.substring(PREFIX.length())))
			.findFirst() : Optional.empty();
	}

}
