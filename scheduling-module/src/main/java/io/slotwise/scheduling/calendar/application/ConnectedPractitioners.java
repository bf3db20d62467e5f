package io.slotwise.scheduling.calendar.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which practitioners have a calendar connection, remembered by each instance under the
 * shared {@link ConnectionTokens token} (issue 15, ADR 0030): most practitioners have
 * none, and for them a hold or booking need not look for busy times nor publish a
 * write-back. One Redis read per look; the set is read from PostgreSQL only when the
 * token changed. The token is read before the set, and renewed after every change
 * commits, so a remembered set is never older than its token. When Redis cannot answer,
 * every practitioner counts as connected (the checks run, as before).
 */
@Component
public class ConnectedPractitioners {

	private static final Logger log = LoggerFactory.getLogger(ConnectedPractitioners.class);

	/**
	 * How long a look stays good enough for a decision taken without looking again: a
	 * hold, booking or reschedule looks when it plans or confirms, moments before its
	 * transaction publishes the booking's event.
	 */
	static final Duration TRUSTED_FOR = Duration.ofSeconds(1);

	private final CalendarConnections connections;

	private final ConnectionTokens tokens;

	private final Clock clock;

	private final AtomicReference<@Nullable Known> known = new AtomicReference<>();

	ConnectedPractitioners(CalendarConnections connections, ConnectionTokens tokens, Clock clock) {
		this.connections = connections;
		this.tokens = tokens;
		this.clock = clock;
	}

	/** Whether the practitioner has (or, when the token cannot be read, may have) one. */
	public boolean mayHave(UUID practitioner) {
		Optional<String> token = this.tokens.current();
		if (token.isEmpty()) {
			return true;
		}
		Instant now = this.clock.instant();
		Known remembered = this.known.get();
		if (remembered == null || !remembered.token().equals(token.get())) {
			remembered = new Known(token.get(), this.connections.practitionersWithConnections(), now);
		}
		else {
			remembered = remembered.lookedAt(now);
		}
		this.known.set(remembered);
		return remembered.practitioners().contains(practitioner);
	}

	/**
	 * The answer of this instance's last look, without looking again (no Redis wait, e.g.
	 * inside a transaction); true when that look is older than {@link #TRUSTED_FOR}.
	 */
	public boolean lastSeenWith(UUID practitioner) {
		Known remembered = this.known.get();
		if (remembered == null) {
			return true;
		}
		Duration age = Duration.between(remembered.at(), this.clock.instant());
		return age.isNegative() || age.compareTo(TRUSTED_FOR) > 0 || remembered.practitioners().contains(practitioner);
	}

	/**
	 * A connection was added or removed: once the surrounding transaction commits (at
	 * once without one), every instance is told to load the set again.
	 */
	void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			renew();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				renew();
			}
		});
	}

	/**
	 * The scheduled sync read every counting connection anyway: if one belongs to a
	 * practitioner this instance does not remember (a connection written by plain SQL, or
	 * a renewal lost while Redis was away), every instance loads again.
	 */
	void reconcile(Collection<UUID> connected) {
		Known remembered = this.known.get();
		if (remembered != null && !remembered.practitioners().containsAll(connected)) {
			renew();
		}
	}

	private void renew() {
		try {
			this.tokens.renew();
		}
		catch (RuntimeException ex) {
			// The next scheduled sync reconciles; until then other instances may skip
			// the checks for this practitioner.
			log.warn("Could not renew the calendar connections token: {}", ex.getMessage());
		}
	}

	private record Known(String token, Set<UUID> practitioners, Instant at) {

		Known lookedAt(Instant now) {
			return new Known(this.token, this.practitioners, now);
		}

	}

}
