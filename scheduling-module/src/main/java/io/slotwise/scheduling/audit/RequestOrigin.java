package io.slotwise.scheduling.audit;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the current request comes from, for the audit trail: set by the web layer for the
 * duration of a request and carried to the threads that execute it (the application
 * registers {@link #HOLDER} for context propagation).
 *
 * @param requestId the request's id (the server's own, never the client's)
 * @param clientIp the client's address as the server saw it
 */
public record RequestOrigin(String requestId, @Nullable String clientIp) {

	/** The current request's origin on this thread; empty outside a request. */
	public static final ThreadLocal<@Nullable RequestOrigin> HOLDER = new ThreadLocal<>();

	public static Optional<RequestOrigin> current() {
		return Optional.ofNullable(HOLDER.get());
	}

}
