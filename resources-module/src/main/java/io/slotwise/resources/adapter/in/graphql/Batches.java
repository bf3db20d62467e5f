package io.slotwise.resources.adapter.in.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes the answer of a {@code @BatchMapping}: one value per source object, keyed by the
 * source itself. Sources that are equal (the same location twice on a page) share one
 * entry, which is what the DataLoader expects.
 */
final class Batches {

	private Batches() {
	}

	static <S, V> Map<S, V> perSource(List<S> sources, Function<S, V> value) {
		Map<S, V> values = new LinkedHashMap<>();
		sources.forEach((source) -> values.putIfAbsent(source, value.apply(source)));
		return values;
	}

}
