package io.slotwise.waitlist.adapter.in.graphql;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The waitlist's one Relay paging helper: an offset page, its size clamped to
 * {@code [1, 50]}, fetched with one extra item that only says "there is more".
 */
record Page(long offset, int size) {

	static final int MAX = 50;

	static Page of(ScrollSubrange subrange) {
		int size = Math.min(Math.max(subrange.count().orElse(20), 1), MAX);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		return new Page(offset, size);
	}

	/** Fetches {@code size + 1} items from the offset and windows them. */
	<T, V> Window<V> fetch(PageFetch<T> fetch, Function<T, V> view) {
		List<T> fetched = fetch.fetch((int) this.offset, this.size + 1);
		boolean hasNext = fetched.size() > this.size;
		List<V> content = (hasNext ? fetched.subList(0, this.size) : fetched).stream().map(view).toList();
		return Window.from(content, (index) -> ScrollPosition.offset(this.offset + index), hasNext);
	}

	/** Items from an offset, at most a limit. */
	interface PageFetch<T> {

		List<T> fetch(int offset, int limit);

	}

}
