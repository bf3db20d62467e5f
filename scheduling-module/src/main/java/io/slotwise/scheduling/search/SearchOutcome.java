package io.slotwise.scheduling.search;

import io.slotwise.scheduling.Problem;

import java.util.List;

/**
 * A search's answer: a page of ranked results, or why the input was refused.
 */
public sealed interface SearchOutcome {

	/**
	 * @param results this page, best first
	 * @param total results over all pages
	 */
	record Found(List<SearchResult> results, int total) implements SearchOutcome {

		public Found {
			results = List.copyOf(results);
		}

	}

	/**
	 * @param problem what was wrong with the input
	 */
	record Refused(Problem problem) implements SearchOutcome {

	}

}
