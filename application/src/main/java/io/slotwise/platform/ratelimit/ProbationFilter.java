package io.slotwise.platform.ratelimit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of GraphQL over HTTP (and of token checks): a request from an address on
 * {@link Probation} is not read, parsed or authenticated. It is parked, holding no thread
 * (an async request, answered by one scheduler thread), and after {@code delay} answered
 * HTTP 429 with a GraphQL-shaped body: {@code errors[0].extensions.code} is
 * {@code SLOWED_DOWN}, with {@code refused} (the code that put the address on probation),
 * {@code retryAfterSeconds} and {@code parked}; the {@code Retry-After} header says the
 * same. At most {@code maxParked} requests are parked at once on the instance; beyond
 * that one is answered the same way at once ({@code parked: false}): still before any
 * parsing, so still cheap.
 * <p>
 * A closed-loop flooder thus sends one request per delay per connection instead of one
 * per millisecond, and the refusals stop costing the server its CPU. WebSocket upgrades
 * pass: subscriptions have caps of their own.
 */
final class ProbationFilter extends OncePerRequestFilter implements DisposableBean {

	static final String CODE = "SLOWED_DOWN";

	private final Probation probation;

	private final ClientAddress addresses;

	private final Clock clock;

	private final Duration delay;

	private final int maxParked;

	private final AtomicInteger parked = new AtomicInteger();

	private final ScheduledExecutorService answers = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("probation-answers").daemon().factory());

	ProbationFilter(Probation probation, ClientAddress addresses, Clock clock, Duration delay, int maxParked) {
		if (delay.isNegative() || maxParked < 0) {
			throw new IllegalArgumentException(
					"slotwise.rate-limits.probation: delay must not be negative, max-parked not below 0");
		}
		this.probation = probation;
		this.addresses = addresses;
		this.clock = clock;
		this.delay = delay;
		this.maxParked = maxParked;
	}

	/** Requests parked now, waiting for their answer. */
	int parked() {
		return this.parked.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// only a WebSocket upgrade passes: any client may ask for another protocol
		// (the JDK's HttpClient asks for h2c on every plain request)
		Optional<Probation.Refusal> refusal = "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))
				? Optional.empty() : this.probation.of(address(request));
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!request.isAsyncSupported() || this.parked.incrementAndGet() > this.maxParked) {
			if (request.isAsyncSupported()) {
				this.parked.decrementAndGet();
			}
			answer(response, refusal.get(), false);
			return;
		}
		park(request, response, refusal.get());
	}

	private void park(HttpServletRequest request, HttpServletResponse response, Probation.Refusal refusal) {
		AsyncContext async = request.startAsync(request, response);
		// the container's own timeout is only a safety net behind the scheduled answer
		async.setTimeout(this.delay.toMillis() + 30_000);
		AtomicBoolean done = new AtomicBoolean();
		Runnable release = () -> {
			if (done.compareAndSet(false, true)) {
				this.parked.decrementAndGet();
			}
		};
		async.addListener(new Released(release));
		this.answers.schedule(() -> {
			if (done.get()) {
				return;
			}
			try {
				answer(response, refusal, true);
			}
			catch (IOException | RuntimeException ex) {
				// the client has gone; nothing to answer
			}
			finally {
				release.run();
				async.complete();
			}
		}, this.delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void answer(HttpServletResponse response, Probation.Refusal refusal, boolean parked) throws IOException {
		long retryAfter = refusal.retryAfterSeconds(this.clock.instant());
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"This address was refused (" + refusal.code()
					+ ") and sent again before it was told to; retry in about " + retryAfter
					+ " s\",\"extensions\":{\"code\":\"" + CODE + "\",\"refused\":\"" + refusal.code()
					+ "\",\"retryAfterSeconds\":" + retryAfter + ",\"parked\":" + parked + "}}]}");
		response.flushBuffer();
	}

	private String address(HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.addAll("X-Forwarded-For", Collections.list(request.getHeaders("X-Forwarded-For")));
		return this.addresses.of(new InetSocketAddress(request.getRemoteAddr(), request.getRemotePort()), headers);
	}

	@Override
	public void destroy() {
		this.answers.shutdownNow();
	}

	/** Frees the parked request's place when the container ends it first. */
	private record Released(Runnable release) implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			this.release.run();
			event.getAsyncContext().complete();
		}

		@Override
		public void onError(AsyncEvent event) {
			this.release.run();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// not restarted
		}

	}

}
