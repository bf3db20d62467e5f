package io.slotwise.scheduling.search;

/**
 * Finds practitioners near a patient who can see them soon, ranked by a 0-100 match score
 * that explains itself. Public: patients search before signing in.
 */
public interface SearchPractitioners {

	/**
	 * @param query what the patient asks for
	 * @param offset results to skip (ranked order is deterministic, so offsets are
	 * stable)
	 * @param limit page size, at most {@link #MAX_PAGE}
	 */
	SearchOutcome search(SearchQuery query, int offset, int limit);

	/** The largest page a caller may ask for. */
	int MAX_PAGE = 50;

}
