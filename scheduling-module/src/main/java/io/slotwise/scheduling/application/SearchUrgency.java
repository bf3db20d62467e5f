package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitType;
import io.slotwise.scheduling.search.SearchResult;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.search.LiveViewers;
import io.slotwise.scheduling.domain.search.FillingFast;

/**
 * Adds urgency facts to a page of results: booking counts (from {@link BookingCounts}),
 * viewer counts (read with the search's holds and versions, {@link LiveSearchFacts}).
 * Each number is a count of stored rows or Redis entries.
 */
class SearchUrgency {

	/** "This week" is today and the six days after, in the location's calendar. */
	static final int WEEK_DAYS = 7;

	private final BookingCounts bookings;

	private final Duration viewerWindow;

	private final FillingFast rule;

	private final Clock clock;

	SearchUrgency(BookingCounts bookings, Duration viewerWindow, FillingFast rule, Clock clock) {
		this.bookings = bookings;
		this.viewerWindow = viewerWindow;
		this.rule = rule;
		this.clock = clock;
	}

	/**
	 * @param live what the search read from Redis: version tokens (booking counts are
	 * remembered under them) and viewer counts (unknown, null, when Redis could not be
	 * asked, rather than invented)
	 */
	List<SearchResult> complete(List<Draft> page, LiveSearchFacts.Live live) {
		if (page.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Map<PractitionerId, BookingActivity.Counts> counts = this.bookings.counts(
				page.stream().map((draft) -> draft.practitioner().id()).distinct().toList(), live.versions(), now,
				this.rule.recentWindow(), Duration.ofDays(WEEK_DAYS));
		Map<PractitionerId, Integer> viewers = (live.viewers() != null) ? live.viewers() : Map.of();
		return page.stream().map((draft) -> {
			BookingActivity.Counts facts = counts.getOrDefault(draft.practitioner().id(),
					new BookingActivity.Counts(0, 0));
			boolean fillingFast = this.rule.applies(facts.recentBookings(), facts.bookedInPeriod(), draft.week());
			Integer watching = viewers.get(draft.practitioner().id());
			return new SearchResult(draft.practitioner(), draft.location().location(), draft.location().distance(),
					draft.visitType(), draft.chosen(), draft.nextSlots(), draft.match(),
					new SearchResult.Urgency(draft.today(), draft.week(), fillingFast, facts.recentBookings(),
							this.rule.recentWindow(), facts.bookedInPeriod(),
							(watching != null) ? new LiveViewers(watching, this.viewerWindow) : null));
		}).toList();
	}

	/**
	 * A ranked result before its urgency facts are looked up.
	 *
	 * @param chosen whether search chose the visit type
	 * @param nextSlots the first wanted slots
	 * @param today free slots today
	 * @param week free slots this week
	 */
	record Draft(Practitioner practitioner, NearbyLocation location, VisitType visitType, boolean chosen,
			List<Slot> nextSlots, SearchResult.Match match, int today, int week) {

	}

}
