package io.slotwise.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring for GraphQL's WebSocket handler, closing a connection when the token it was
 * opened with expires: checked against the injected clock on every message the client
 * sends, and by a timer at the expiry instant for a client that only listens. The close
 * code is 4401 (Unauthorized), so the client knows to reconnect with a fresh token.
 */
final class TokenExpiringWebSocketHandler extends GraphQlWebSocketHandler {

	static final String EXPIRES_AT = "slotwise.tokenExpiresAt";

	static final CloseStatus EXPIRED = new CloseStatus(4401, "Token expired");

	private static final String TIMER = "slotwise.tokenExpiryTimer";

	private static final Logger log = LoggerFactory.getLogger(TokenExpiringWebSocketHandler.class);

	private static final ScheduledExecutorService timers = Executors
		.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("ws-token-expiry").factory());

	private final Clock clock;

	TokenExpiringWebSocketHandler(WebGraphQlHandler handler, HttpMessageConverter<Object> converter,
			Duration initTimeout, Clock clock) {
		super(handler, converter, initTimeout);
		this.clock = clock;
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		if (session.getAttributes().get(EXPIRES_AT) instanceof Instant expiresAt) {
			if (!this.clock.instant().isBefore(expiresAt)) {
				session.close(EXPIRED);
				return;
			}
			closeAt(session, expiresAt);
		}
		super.handleTextMessage(session, message);
	}

	private void closeAt(WebSocketSession session, Instant expiresAt) {
		if (session.getAttributes().putIfAbsent(TIMER, Boolean.TRUE) == null) {
			long delay = Duration.between(this.clock.instant(), expiresAt).toMillis();
			timers.schedule(() -> close(session), Math.max(0, delay), TimeUnit.MILLISECONDS);
		}
	}

	private static void close(WebSocketSession session) {
		try {
			if (session.isOpen()) {
				session.close(EXPIRED);
			}
		}
		catch (IOException ex) {
			log.debug("Closing a WebSocket whose token expired failed: {}", ex.getMessage());
		}
	}

}
