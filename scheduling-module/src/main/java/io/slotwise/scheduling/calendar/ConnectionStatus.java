package io.slotwise.scheduling.calendar;

/**
 * Whether a connection's busy times count.
 */
public enum ConnectionStatus {

	/** Synced on a schedule; its busy times block availability. */
	CONNECTED,
	/**
	 * The provider revoked access (invalid_grant); its busy times no longer count and the
	 * practitioner's availability is flagged out of sync until they reconnect.
	 */
	DISCONNECTED

}
