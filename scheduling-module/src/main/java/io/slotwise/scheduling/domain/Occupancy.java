package io.slotwise.scheduling.domain;

/**
 * Who is busy, as the booking transaction sees it: claiming a resource serialises every
 * booking that wants it and tells whether it is still free. A claim lasts until the
 * transaction ends.
 */
public interface Occupancy {

	/**
	 * Claims the resource for the time, if nobody has reserved it then.
	 * @param wait whether to wait for another booking in flight on the same resource;
	 * without waiting such a resource is reported {@link Claim#CONTENDED}
	 */
	Claim claim(Resource resource, TimeRange time, boolean wait);

	/** The answer to a claim. */
	enum Claim {

		/** Free, and now ours until the transaction ends. */
		CLAIMED,
		/** Reserved by another appointment for an overlapping time. */
		TAKEN,
		/** Another booking in flight holds it; we did not wait. */
		CONTENDED

	}

}
