package io.slotwise.scheduling.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.slotwise.scheduling.calendar.CalendarKind;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;
import io.slotwise.scheduling.calendar.domain.CalendarSecrets;
import io.slotwise.scheduling.calendar.domain.RetryDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes OAuth tokens before they expire: every run refreshes each token that expires
 * before the next run (plus a margin). Rows are claimed in PostgreSQL, so with any number
 * of instances each token is refreshed by exactly one; a transient failure keeps the
 * claim for a delay that doubles with each consecutive failure (from the retry interval
 * up to the longest retry interval), so the retry tick tries again then, not at once.
 */
@Component
public class TokenRefreshing {

	private static final Logger log = LoggerFactory.getLogger(TokenRefreshing.class);

	/** Covers a run that starts late or takes long. */
	private static final Duration MARGIN = Duration.ofMinutes(5);

	private final Map<CalendarKind, OAuthProvider> providers;

	private final CalendarConnections connections;

	private final CalendarSyncing syncing;

	private final CalendarSettings settings;

	private final RetryDelay retryDelay;

	private final Clock clock;

	TokenRefreshing(List<OAuthProvider> providers, CalendarConnections connections, CalendarSyncing syncing,
			CalendarSettings settings, Clock clock) {
		this.providers = providers.stream().collect(Collectors.toMap(OAuthProvider::kind, Function.identity()));
		this.connections = connections;
		this.syncing = syncing;
		this.settings = settings;
		this.retryDelay = new RetryDelay(settings.retryInterval(), settings.maxRetryInterval());
		this.clock = clock;
	}

	@Scheduled(fixedRateString = "${slotwise.calendar.refresh-interval:PT30M}")
	void scheduled() {
		refreshExpiring();
	}

	@Scheduled(initialDelayString = "${slotwise.calendar.retry-interval:PT1M}",
			fixedDelayString = "${slotwise.calendar.retry-interval:PT1M}")
	void retry() {
		// Same query: a claim that backed off has lapsed by now, a fresh token is not
		// due.
		refreshExpiring();
	}

	/**
	 * @return how many tokens this instance refreshed
	 */
	public int refreshExpiring() {
		Instant now = this.clock.instant();
		Instant horizon = now.plus(this.settings.refreshInterval()).plus(MARGIN);
		List<CalendarConnection> claimed = this.connections.claimExpiring(horizon, now, this.settings.retryInterval());
		int refreshed = 0;
		for (CalendarConnection connection : claimed) {
			if (refresh(connection)) {
				refreshed++;
			}
		}
		return refreshed;
	}

	private boolean refresh(CalendarConnection connection) {
		OAuthProvider provider = this.providers.get(connection.kind());
		if (provider == null || !(connection.secrets() instanceof CalendarSecrets.Tokens tokens)) {
			return false;
		}
		return switch (provider.refresh(tokens)) {
			case OAuthProvider.Grant.Granted(CalendarSecrets.Tokens fresh) -> {
				this.connections.save(connection.granted(fresh));
				this.connections.releaseClaim(connection.id());
				yield true;
			}
			case OAuthProvider.Grant.Rejected(String reason) -> {
				this.syncing.disconnect(connection, "Token refresh rejected: " + reason);
				this.connections.releaseClaim(connection.id());
				yield false;
			}
			case OAuthProvider.Grant.Unavailable(String reason) -> {
				// Back off: the claim is stretched by a delay that doubles with each
				// consecutive failure; the retry tick picks the token up once it lapses.
				int failures = this.connections.countFailure(connection.id());
				Duration wait = this.retryDelay.after(failures);
				this.connections.holdClaim(connection.id(), this.clock.instant().plus(wait));
				log.warn("Token refresh of calendar {} failed {} time(s), retrying in {}: {}", connection.id().value(),
						failures, wait, reason);
				this.connections.save(connection.failed("Token refresh failed: " + reason));
				yield false;
			}
		};
	}

}
