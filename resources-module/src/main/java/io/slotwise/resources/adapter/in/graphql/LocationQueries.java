package io.slotwise.resources.adapter.in.graphql;

import java.util.List;

import io.slotwise.resources.BrowseLocations;
import io.slotwise.resources.Location;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class LocationQueries {

	/** Page size cap: a client cannot ask for the whole catalog in one request. */
	static final int MAX_PAGE = 50;

	private final BrowseLocations browse;

	LocationQueries(BrowseLocations browse) {
		this.browse = browse;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	Window<Location> locations(ScrollSubrange subrange) {
		int limit = Math.min(subrange.count().orElse(20), MAX_PAGE);
		long offset = subrange.position()
			.filter(OffsetScrollPosition.class::isInstance)
			.map((position) -> ((OffsetScrollPosition) position).getOffset() + 1)
			.orElse(0L);
		List<Location> page = this.browse.locations((int) offset, limit + 1);
		boolean hasNext = page.size() > limit;
		List<Location> content = hasNext ? page.subList(0, limit) : page;
		return Window.from(content, (index) -> ScrollPosition.offset(offset + index), hasNext);
	}

	@SchemaMapping(typeName = "Location", field = "id")
	String id(Location location) {
		return location.id().value().toString();
	}

	@SchemaMapping(typeName = "Location", field = "timeZone")
	String timeZone(Location location) {
		return location.timeZone().getId();
	}

}
