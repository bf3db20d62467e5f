package io.slotwise.platform.graph;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check behind the "N items cost as many statements as n" tests: a page of many items
 * may cost at most {@link #TOLERATED} statements more than a page of few, and no more
 * than a fixed ceiling. Anything loaded one item at a time would cost at least one
 * statement per extra item, far above the tolerance. The tolerance is not a fudge: under
 * load graphql-java may dispatch a DataLoader's keys in two batches instead of one, and a
 * scheduled job of another module (the calendar refresh reads scheduling tables) may run
 * beside the request; both were seen on a loaded CI machine, never on a quiet one.
 */
final class NoOneByOne {

	static final int TOLERATED = 2;

	private NoOneByOne() {
	}

	static void assertCosts(List<String> forFew, List<String> forMany, int ceiling) {
		assertThat(forMany.size()).as("statements for the larger page, beside %d for the smaller", forFew.size())
			.isLessThanOrEqualTo(forFew.size() + TOLERATED);
		assertThat(forMany).hasSizeLessThanOrEqualTo(ceiling + TOLERATED);
	}

}
