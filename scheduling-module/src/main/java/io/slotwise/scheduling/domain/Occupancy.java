package io.slotwise.scheduling.domain;

import java.util.List;

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

	/**
	 * Claims every resource for the time, waiting, in the order given (a booking that
	 * knows exactly what it books, such as a confirmed hold): one round trip for the
	 * claims and one for the look, instead of two or three per resource.
	 * @return the resources someone has reserved for an overlapping time, in the order
	 * given; empty when all are now ours until the transaction ends
	 */
	List<Resource> claimAll(List<Resource> resources, TimeRange time);

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
