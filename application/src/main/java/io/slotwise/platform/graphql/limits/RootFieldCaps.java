package io.slotwise.platform.graphql.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * Caps the root fields of a document (aliases make one field many) and lets the writes
 * that hold or book, and search, run at most once per document: a client that wants ten
 * holds sends ten requests, each counted by the rate limits.
 */
final class RootFieldCaps extends SimplePerformantInstrumentation {

	private final QueryLimits limits;

	RootFieldCaps(QueryLimits limits) {
		this.limits = limits;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		Map<String, FragmentDefinition> fragments = parameters.getExecutionContext().getFragmentsByName();
		Map<String, Integer> counts = new HashMap<>();
		count(parameters.getExecutionContext().getOperationDefinition().getSelectionSet(), fragments, counts, 0);
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		if (total > this.limits.maxRootFields()) {
			throw Refusals.refuse("TOO_MANY_ROOT_FIELDS",
					"A document may select at most " + this.limits.maxRootFields() + " root fields, aliases included");
		}
		for (String once : this.limits.onceOnly()) {
			if (counts.getOrDefault(once, 0) > 1) {
				throw Refusals.refuse("OPERATION_REPEATED", once + " may appear at most once per document");
			}
		}
		return SimpleInstrumentationContext.noOp();
	}

	// Fragments nest; a depth bound keeps a malicious cycle (rejected by validation
	// anyway) from costing anything.
	private static void count(SelectionSet selections, Map<String, FragmentDefinition> fragments,
			Map<String, Integer> counts, int depth) {
		if (depth > 10) {
			return;
		}
		List<Selection> all = selections.getSelections();
		for (Selection<?> selection : all) {
			switch (selection) {
				case Field field -> counts.merge(field.getName(), 1, Integer::sum);
				case InlineFragment inline -> count(inline.getSelectionSet(), fragments, counts, depth + 1);
				case FragmentSpread spread -> {
					FragmentDefinition fragment = fragments.get(spread.getName());
					if (fragment != null) {
						count(fragment.getSelectionSet(), fragments, counts, depth + 1);
					}
				}
				default -> {
				}
			}
		}
	}

}
