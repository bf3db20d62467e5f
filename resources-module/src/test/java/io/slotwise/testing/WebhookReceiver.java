package io.slotwise.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook subscriber on a free local port that answers 204 and remembers the calls
 * whose {@code X-Slotwise-Delivery} ({@code <offer>:<kind>}) the test keeps: body,
 * timestamp, signature and offer.
 */
public final class WebhookReceiver {

	private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private WebhookReceiver(Predicate<String> keep) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/hook", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String delivery = exchange.getRequestHeaders().getFirst("X-Slotwise-Delivery");
			if (delivery != null && keep.test(delivery)) {
				this.calls.add(
						Map.of("body", body, "timestamp", exchange.getRequestHeaders().getFirst("X-Slotwise-Timestamp"),
								"signature", exchange.getRequestHeaders().getFirst("X-Slotwise-Signature"), "offer",
								delivery.split(":")[0]));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.server.start();
	}

	/** Starts a receiver keeping the deliveries {@code keep} accepts. */
	public static WebhookReceiver start(Predicate<String> keep) {
		try {
			return new WebhookReceiver(keep);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String url() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/hook";
	}

	public List<Map<String, String>> calls() {
		return this.calls;
	}

	public void stop() {
		this.server.stop(0);
	}

	/** A port free right now, e.g. for an embedded SMTP server. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
