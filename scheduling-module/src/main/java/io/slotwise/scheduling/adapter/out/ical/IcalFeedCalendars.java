package io.slotwise.scheduling.adapter.out.ical;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.application.CalendarSettings;
import io.slotwise.scheduling.calendar.application.ExternalCalendars;
import io.slotwise.scheduling.calendar.application.FeedAddresses;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.domain.TimeRange;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads iCalendar feeds over HTTP. Every fetch (redirects, headers and body together) is
 * bounded by the fetch timeout, a feed larger than 5 MB is refused, and every URL and
 * redirect target must be a public address ({@link FeedAddresses}), so one bad feed
 * cannot stall the sync job or reach into the practice's network. The URL is never logged
 * or echoed: it often is the feed's only secret.
 */
@Component
class IcalFeedCalendars implements ExternalCalendars {

	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int MAX_REDIRECTS = 3;

	private final HttpClient http;

	private final CalendarSettings settings;

	private final FeedAddresses addresses;

	IcalFeedCalendars(CalendarSettings settings, FeedAddresses addresses) {
		this.settings = settings;
		this.addresses = addresses;
		// Redirects are followed by hand, so each hop's target is checked like the URL
		// itself: a public feed must not bounce the server to 169.254.169.254.
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.fetchTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public CalendarKind kind() {
		return CalendarKind.ICAL_FEED;
	}

	@Override
	public Fetch busy(CalendarConnection connection, TimeRange window) {
		if (!(connection.secrets() instanceof CalendarSecrets.FeedUrl(String url))) {
			return new Fetch.Failed("Not a feed");
		}
		// One deadline for all hops, headers and body together: a feed that trickles
		// bytes cannot hold the sync job longer than the fetch timeout.
		long deadline = System.nanoTime() + this.settings.fetchTimeout().toNanos();
		URI target = URI.create(url);
		try {
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				Optional<String> refusal = this.addresses.refusal(target);
				if (refusal.isPresent()) {
					return new Fetch.Failed(((hop == 0) ? "" : "Redirected: ") + refusal.get());
				}
				HttpResponse<byte[]> response = get(target, deadline);
				int status = response.statusCode();
				Optional<String> location = response.headers().firstValue("Location");
				if (status >= 300 && status < 400 && location.isPresent()) {
					target = target.resolve(location.get());
					continue;
				}
				if (status == 401 || status == 403 || status == 410) {
					return new Fetch.Revoked("The feed answered HTTP " + status);
				}
				if (status != 200) {
					return new Fetch.Failed("The feed answered HTTP " + status);
				}
				return new Fetch.Busy(IcsBusyTimes.parse(new String(response.body(), StandardCharsets.UTF_8), window,
						ZoneOffset.UTC));
			}
			return new Fetch.Failed("The feed redirected more than " + MAX_REDIRECTS + " times");
		}
		catch (IcsBusyTimes.IcsUnreadable ex) {
			return new Fetch.Failed(ex.getMessage());
		}
		catch (TooLarge ex) {
			return new Fetch.Failed("The feed is larger than " + MAX_BYTES + " bytes");
		}
		catch (TimeoutException ex) {
			return new Fetch.Failed("The feed did not answer within " + this.settings.fetchTimeout());
		}
		catch (IOException | ExecutionException | IllegalArgumentException ex) {
			return new Fetch.Failed("The feed could not be read: " + rootCause(ex).getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Fetch.Failed("Interrupted");
		}
	}

	private HttpResponse<byte[]> get(URI target, long deadline)
			throws IOException, InterruptedException, ExecutionException, TimeoutException {
		long left = Math.max(deadline - System.nanoTime(), 1);
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(Duration.ofNanos(left))
			.header("Accept", "text/calendar")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> response = this.http.sendAsync(request,
				(info) -> new LimitedBody(MAX_BYTES));
		try {
			return response.get(left, TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			if (rootCause(ex) instanceof TooLarge tooLarge) {
				throw tooLarge;
			}
			throw ex;
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** Collects a body up to a limit and cancels the download beyond it. */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final ByteArrayOutputStream collected = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private final int limit;

		private Flow.@Nullable Subscription subscription;

		LimitedBody(int limit) {
			this.limit = limit;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				if (this.body.isDone()) {
					return;
				}
				if (this.collected.size() + buffer.remaining() > this.limit) {
					Objects.requireNonNull(this.subscription).cancel();
					this.body.completeExceptionally(new TooLarge());
					return;
				}
				byte[] chunk = new byte[buffer.remaining()];
				buffer.get(chunk);
				this.collected.writeBytes(chunk);
			}
		}

		@Override
		public void onError(Throwable throwable) {
			this.body.completeExceptionally(throwable);
		}

		@Override
		public void onComplete() {
			this.body.complete(this.collected.toByteArray());
		}

	}

	/** The body went over the limit. */
	private static final class TooLarge extends RuntimeException {

		TooLarge() {
			super("The feed is too large", null, false, false);
		}

	}

}
