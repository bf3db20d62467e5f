package io.slotwise.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Live subscriptions counted per client address across every instance: each live
 * subscription holds a lease that its instance renews while it runs. A lease nobody
 * renews (its instance crashed) runs out, so a dead instance cannot keep an address's
 * slots taken for ever. A port, so the caps do not depend on how Redis is reached.
 */
public interface SubscriptionLeases {

	/**
	 * Takes a lease for {@code holder} until {@code now + term}, unless it already holds
	 * {@code cap} leases that run past {@code now}.
	 */
	Taking take(String holder, String lease, int cap, Instant now, Duration term);

	/** Keeps a live subscription's lease until {@code now + term}. */
	void renew(String holder, String lease, Instant now, Duration term);

	/** Gives a lease back when its subscription ends. */
	void drop(String holder, String lease);

	/** What came of asking for a lease. */
	enum Taking {

		TAKEN,

		/** the holder has as many live leases as allowed */
		REFUSED,

		/**
		 * the store did not answer in time: nothing was counted, and the caller lets the
		 * subscription through (the per-connection cap still holds)
		 */
		UNCOUNTED

	}

}
