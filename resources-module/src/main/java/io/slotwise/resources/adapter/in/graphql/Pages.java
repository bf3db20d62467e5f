package io.slotwise.resources.adapter.in.graphql;

import java.util.List;
import java.util.function.BiFunction;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The module's one Relay paging helper, over offset queries: fetch one more than asked to
 * know whether there is a next page. Page size is clamped to [1, 50] so a client cannot
 * ask for the whole catalog at once.
 */
final class Pages {

	static final int MAX_PAGE = 50;

	static final int DEFAULT_PAGE = 20;

	private Pages() {
	}

	static <T> Window<T> window(ScrollSubrange subrange, BiFunction<Integer, Integer, List<T>> fetch) {
		int limit = Math.min(Math.max(subrange.count().orElse(DEFAULT_PAGE), 1), MAX_PAGE);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		List<T> page = fetch.apply((int) offset, limit + 1);
		boolean hasNext = page.size() > limit;
		List<T> content = hasNext ? page.subList(0, limit) : page;
		return Window.from(content, (index) -> ScrollPosition.offset(offset + index), hasNext);
	}

	/** A page of a list already in memory. */
	static <T> Window<T> window(ScrollSubrange subrange, List<T> all) {
		return window(subrange,
				(offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
	}

}
