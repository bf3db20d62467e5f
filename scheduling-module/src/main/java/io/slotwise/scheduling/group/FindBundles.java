package io.slotwise.scheduling.group;

import io.slotwise.scheduling.Requester;

/**
 * Finds bundle options for a group, built on the cached free slots of each day.
 */
public interface FindBundles {

	BundleOutcome findBundles(Requester requester, BundleQuery query, int offset, int limit);

}
