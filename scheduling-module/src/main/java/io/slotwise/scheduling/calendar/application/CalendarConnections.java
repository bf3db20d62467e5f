package io.slotwise.scheduling.calendar.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.calendar.ConnectionId;
import io.slotwise.scheduling.calendar.domain.CalendarConnection;

/**
 * The stored connections, secrets encrypted at rest.
 */
public interface CalendarConnections {

	void save(CalendarConnection connection);

	Optional<CalendarConnection> find(ConnectionId id);

	List<CalendarConnection> of(Collection<PractitionerId> practitioners);

	/**
	 * Every practitioner with a connection, whatever its status (a superset of those
	 * whose calendar counts, so it changes only when a connection is added or removed).
	 */
	Set<UUID> practitionersWithConnections();

	/** The connected ones, to sync on a schedule. */
	List<CalendarConnection> counting();

	void delete(ConnectionId id);

	/**
	 * Claims the OAuth connections whose token expires before {@code horizon} and that no
	 * other instance claimed within {@code claimFor}: each row is claimed by one caller
	 * only, whatever the number of instances ({@code FOR UPDATE SKIP LOCKED}).
	 */
	List<CalendarConnection> claimExpiring(Instant horizon, Instant now, Duration claimFor);

	/**
	 * Ends a claim early (after success or a final failure) and forgets earlier failed
	 * attempts.
	 */
	void releaseClaim(ConnectionId id);

	/**
	 * Counts one more consecutive transient refresh failure.
	 * @return the consecutive failures so far
	 */
	int countFailure(ConnectionId id);

	/** Keeps the claim, so no instance retries the refresh before {@code until}. */
	void holdClaim(ConnectionId id, Instant until);

}
