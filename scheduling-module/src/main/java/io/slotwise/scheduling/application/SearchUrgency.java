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
import io.slotwise.scheduling.search.ViewPractitioner;
import io.slotwise.scheduling.domain.search.FillingFast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds urgency facts to a page of results: one query for booking counts, one viewer count
 * per practitioner. Each number is a count of stored rows or Redis entries.
 */
class SearchUrgency {

	/** "This week" is today and the six days after, in the location's calendar. */
	static final int WEEK_DAYS = 7;

	private static final Logger log = LoggerFactory.getLogger(SearchUrgency.class);

	private final BookingActivity activity;

	private final ViewPractitioner viewers;

	private final FillingFast rule;

	private final Clock clock;

	SearchUrgency(BookingActivity activity, ViewPractitioner viewers, FillingFast rule, Clock clock) {
		this.activity = activity;
		this.viewers = viewers;
		this.rule = rule;
		this.clock = clock;
	}

	List<SearchResult> complete(List<Draft> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Map<PractitionerId, BookingActivity.Counts> counts = this.activity.counts(
				page.stream().map((draft) -> draft.practitioner().id()).distinct().toList(),
				now.minus(this.rule.recentWindow()), now, now.plus(Duration.ofDays(WEEK_DAYS)));
		Map<PractitionerId, LiveViewers> viewers = liveViewers(
				page.stream().map((draft) -> draft.practitioner().id()).distinct().toList());
		return page.stream().map((draft) -> {
			BookingActivity.Counts facts = counts.getOrDefault(draft.practitioner().id(),
					new BookingActivity.Counts(0, 0));
			boolean fillingFast = this.rule.applies(facts.recentBookings(), facts.bookedInPeriod(), draft.week());
			return new SearchResult(draft.practitioner(), draft.location().location(), draft.location().distance(),
					draft.visitType(), draft.chosen(), draft.nextSlots(), draft.match(),
					new SearchResult.Urgency(draft.today(), draft.week(), fillingFast, facts.recentBookings(),
							this.rule.recentWindow(), facts.bookedInPeriod(), viewers.get(draft.practitioner().id())));
		}).toList();
	}

	/** Unknown (null) rather than invented when Redis cannot be asked. */
	private Map<PractitionerId, LiveViewers> liveViewers(List<PractitionerId> practitioners) {
		try {
			return this.viewers.liveViewers(practitioners);
		}
		catch (RuntimeException ex) {
			log.warn("Live viewer counts unavailable: {}", ex.getMessage());
			return Map.of();
		}
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
