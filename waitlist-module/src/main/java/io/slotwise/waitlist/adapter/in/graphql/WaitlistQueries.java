package io.slotwise.waitlist.adapter.in.graphql;

import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.ListWaitlistEntries;
import io.slotwise.waitlist.WaitlistEntry;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

@Controller
class WaitlistQueries {

	static final int MAX_PAGE = 50;

	private final ListWaitlistEntries entries;

	WaitlistQueries(ListWaitlistEntries entries) {
		this.entries = entries;
	}

	@QueryMapping
	@PreAuthorize("hasRole('PATIENT')")
	Window<WaitlistEntry> myWaitlistEntries(ScrollSubrange subrange, @AuthenticationPrincipal Jwt caller) {
		int limit = Math.min(Math.max(subrange.count().orElse(20), 1), MAX_PAGE);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		List<WaitlistEntry> page = this.entries.entriesOf(UUID.fromString(caller.getSubject()), (int) offset,
				limit + 1);
		boolean hasNext = page.size() > limit;
		return Window.from(hasNext ? page.subList(0, limit) : page, (index) -> ScrollPosition.offset(offset + index),
				hasNext);
	}

}
