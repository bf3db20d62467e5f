package io.slotwise.scheduling;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-process HTTP server on a free local port that stands in for calendar providers
 * (feeds, token endpoints, free/busy APIs): tests say what each path answers, how slowly,
 * and read back what was asked.
 */
public final class ProviderStandIn implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	public ProviderStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	public void answer(String path, Answer answer) {
		this.routes.put(path, (request) -> answer);
	}

	public void answer(String path, Function<Request, Answer> answer) {
		this.routes.put(path, answer);
	}

	public List<Request> requests(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Request request = new Request(exchange.getRequestURI().getPath(), body,
				String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")), exchange.getRequestMethod());
		this.requests.add(request);
		Answer answer = this.routes
			.getOrDefault(request.path(), (r) -> new Answer(404, "text/plain", "", Duration.ZERO))
			.apply(request);
		try {
			Thread.sleep(answer.delay());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", answer.contentType());
		answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		exchange.sendResponseHeaders(answer.status(), (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
		catch (IOException ex) {
			// The client gave up waiting: that is what slow-provider tests want.
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** What was asked. */
	public record Request(String path, String body, String authorization, String method) {
	}

	/** What to answer, after how long. */
	public record Answer(int status, String contentType, String body, Duration delay, Map<String, String> headers) {

		public Answer(int status, String contentType, String body, Duration delay) {
			this(status, contentType, body, delay, Map.of());
		}

		/** A redirect to another URL. */
		public static Answer redirect(String location) {
			return new Answer(302, "text/plain", "", Duration.ZERO, Map.of("Location", location));
		}

		public static Answer calendar(String ics) {
			return new Answer(200, "text/calendar", ics, Duration.ZERO);
		}

		public static Answer json(int status, String json) {
			return new Answer(status, "application/json", json, Duration.ZERO);
		}

		public Answer after(Duration wait) {
			return new Answer(this.status, this.contentType, this.body, wait, this.headers);
		}

	}

}
