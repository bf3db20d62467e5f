package io.slotwise.scheduling.adapter.in.graphql;

import java.util.List;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * One Relay page over an offset: where it starts and how many items it holds. The size is
 * clamped to [1, max] so that {@code first: 0}, a negative {@code first} or a huge one
 * can neither fail nor ask for everything.
 *
 * @param offset items before this page
 * @param size items on this page at most
 */
record Page(long offset, int size) {

	static Page of(ScrollSubrange subrange, int defaultSize, int maxSize) {
		int size = Math.min(Math.max(subrange.count().orElse(defaultSize), 1), maxSize);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		return new Page(offset, size);
	}

	/**
	 * A window over items fetched with {@code size + 1}: the extra one only says "there
	 * is more".
	 */
	<T> Window<T> fromOverfetch(List<T> fetched) {
		boolean hasNext = fetched.size() > this.size;
		return window(hasNext ? fetched.subList(0, this.size) : fetched, hasNext);
	}

	<T> Window<T> window(List<T> content, boolean hasNext) {
		return Window.from(content, (index) -> ScrollPosition.offset(this.offset + index), hasNext);
	}

}
