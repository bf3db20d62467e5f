package io.slotwise.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.resources.CatalogError;

/**
 * Unwraps decisions in the policy tests, failing when the decision went the other way.
 */
final class Decisions {

	private Decisions() {
	}

	static <T> Decision.Accepted<T> accepted(Decision<T> decision) {
		assertThat(decision).isInstanceOf(Decision.Accepted.class);
		return (Decision.Accepted<T>) decision;
	}

	static CatalogError refused(Decision<?> decision) {
		assertThat(decision).isInstanceOf(Decision.Refused.class);
		return ((Decision.Refused<?>) decision).error();
	}

}
