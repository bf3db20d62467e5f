package io.slotwise.platform.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * A field costs its configured price plus its selection; a connection costs its selection
 * once per item it may return ({@code first}), so a page of 50 results with nested fields
 * weighs what it will really cost. {@code first} counts up to the largest page a
 * connection serves: larger values are clamped by the connection, not refused.
 */
final class FieldCosts implements FieldComplexityCalculator {

	/** The page size search clamps to; longer pages elsewhere hold cheap items. */
	private static final int MAX_PAGE = 50;

	private final QueryLimits limits;

	FieldCosts(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		int own = this.limits.costOf(environment.getParentType().getName(), environment.getField().getName());
		return own + childComplexity * multiplier(environment);
	}

	private static int multiplier(FieldComplexityEnvironment environment) {
		return (environment.getArguments().get("first") instanceof Number first)
				? Math.clamp(first.intValue(), 1, MAX_PAGE) : 1;
	}

}
