package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners;
import io.slotwise.resources.FindPractitioners.NearbySearch;
import io.slotwise.resources.FindPractitioners.PractitionerFilter;
import io.slotwise.resources.FindPractitioners.PractitionerNearby;
import io.slotwise.resources.NearbyLocation;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.RememberedCatalog;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import io.slotwise.scheduling.search.SearchQuery;
import io.slotwise.scheduling.search.SearchResult;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.search.ViewPractitioner;
import io.slotwise.scheduling.domain.search.MatchScore;
import io.slotwise.scheduling.domain.search.MatchScoring;
import io.slotwise.scheduling.domain.search.MatchSignals;
import io.slotwise.scheduling.domain.search.SearchRanking;

import org.springframework.stereotype.Service;

/**
 * Search: the nearest matching practitioners (at most the candidate cap, ranked by
 * resources' in-memory catalog map), each at their nearest location offering the visit
 * type; availability from the cache or the scheduling core; scored, ranked
 * deterministically, then paged. Urgency facts are gathered for the returned page only.
 */
@Service
class PractitionerSearch implements SearchPractitioners {

	private final SearchInputs inputs;

	private final FindPractitioners practitioners;

	private final CachedDaySlots daySlots;

	private final SearchUrgency urgency;

	private final SearchSettings settings;

	private final Clock clock;

	private final SearchBulkhead bulkhead;

	private final LiveSearchFacts live;

	private final RememberedCatalog catalog;

	private final Duration viewerWindow;

	PractitionerSearch(SearchInputs inputs, FindPractitioners practitioners, CachedDaySlots daySlots,
			BookingCounts bookings, ViewPractitioner viewers, SearchSettings settings, Clock clock,
			SearchBulkhead bulkhead, LiveSearchFacts live, RememberedCatalog catalog) {
		this.bulkhead = bulkhead;
		this.inputs = inputs;
		this.practitioners = practitioners;
		this.daySlots = daySlots;
		this.viewerWindow = viewers.window();
		this.urgency = new SearchUrgency(bookings, this.viewerWindow, settings.fillingFast(), clock);
		this.settings = settings;
		this.clock = clock;
		this.live = live;
		this.catalog = catalog;
	}

	/**
	 * The catalog's versions are read once for the whole search, when first needed: its
	 * visit types, plans, candidates and (cold) bookable facts all come from memory
	 * checked against them (ADR 0031).
	 */
	@Override
	public SearchOutcome search(SearchQuery query, int offset, int limit) {
		return this.catalog.atOneVersion(() -> {
			SearchInputs.Checked checked = this.inputs.check(query);
			if (checked.problem() != null) {
				return new SearchOutcome.Refused(checked.problem());
			}
			SearchCriteria criteria = checked.criteria();
			return this.bulkhead.run(() -> found(criteria, offset, limit));
		});
	}

	private SearchOutcome found(SearchCriteria criteria, int offset, int limit) {
		Instant now = this.clock.instant();
		List<Candidate> candidates = candidates(criteria, now);
		// One round trip for the candidates' holds, version tokens and viewer counts.
		LiveSearchFacts.Live live = this.live.read(
				candidates.stream().map((candidate) -> candidate.practitioner().id()).distinct().toList(), now,
				this.viewerWindow);
		Map<CachedDaySlots.Request, List<Slot>> free = this.daySlots
			.slots(candidates.stream().map(Candidate::request).toList(), live);
		MatchScoring scoring = new MatchScoring(this.settings.weights());
		List<Scored> ranked = new ArrayList<>();
		for (Candidate candidate : candidates) {
			ranked.add(score(candidate, free.get(candidate.request()), criteria, scoring, now));
		}
		ranked.sort(Comparator.comparing(Scored::key, SearchRanking.ORDER));
		int from = Math.max(0, Math.min(offset, ranked.size()));
		int to = Math.min(ranked.size(), from + Math.max(1, Math.min(limit, MAX_PAGE)));
		List<Scored> page = ranked.subList(from, to);
		List<SearchResult> results = this.urgency.complete(page.stream().map(Scored::draft).toList(), live);
		return new SearchOutcome.Found(results, ranked.size());
	}

	private List<Candidate> candidates(SearchCriteria criteria, Instant now) {
		String specialty = criteria.visitType().specialty();
		List<String> languages = criteria.languagesRequired() ? criteria.languages()
				: java.util.Collections.singletonList(null);
		Map<PractitionerId, PractitionerNearby> found = new LinkedHashMap<>();
		for (String language : languages) {
			this.practitioners
				.near(new NearbySearch(criteria.origin(), criteria.radius(),
						new PractitionerFilter(specialty, language, criteria.insurancePlan(), null),
						this.settings.candidateCap()))
				.forEach((nearby) -> found.putIfAbsent(nearby.practitioner().id(), nearby));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (PractitionerNearby nearby : found.values()) {
			nearestOffering(nearby, criteria)
				.ifPresent((location) -> candidates.add(candidate(nearby.practitioner(), location, criteria, now)));
		}
		candidates.sort(Comparator.comparing((Candidate c) -> c.location().distance())
			.thenComparing((Candidate c) -> c.practitioner().id().value()));
		return candidates.size() > this.settings.candidateCap() ? candidates.subList(0, this.settings.candidateCap())
				: candidates;
	}

	private static Optional<NearbyLocation> nearestOffering(PractitionerNearby nearby, SearchCriteria criteria) {
		return nearby.locations()
			.stream()
			.filter((location) -> criteria.visitType().locations().isEmpty()
					|| criteria.visitType().locations().contains(location.location().id()))
			.findFirst();
	}

	private static Candidate candidate(Practitioner practitioner, NearbyLocation location, SearchCriteria criteria,
			Instant now) {
		LocalDate today = LocalDate.ofInstant(now, location.location().timeZone());
		LocalDate first = criteria.firstDay(today);
		LocalDate last = first.plusDays(criteria.days() - 1L);
		LocalDate weekEnd = today.plusDays(SearchUrgency.WEEK_DAYS - 1L);
		CachedDaySlots.Request request = new CachedDaySlots.Request(practitioner.id(), location.location().id(),
				location.location().timeZone(), criteria.visitType().id(), first.isBefore(today) ? first : today,
				last.isAfter(weekEnd) ? last : weekEnd);
		return new Candidate(practitioner, location, today, first, last, request);
	}

	private Scored score(Candidate candidate, List<Slot> free, SearchCriteria criteria, MatchScoring scoring,
			Instant now) {
		var zone = candidate.location().location().timeZone();
		// Days as instants (the start of each day in the location's zone), so a slot's
		// day is two comparisons rather than a time-zone conversion per slot.
		Instant first = candidate.first().atStartOfDay(zone).toInstant();
		Instant afterLast = candidate.last().plusDays(1).atStartOfDay(zone).toInstant();
		Instant today = candidate.today().atStartOfDay(zone).toInstant();
		Instant tomorrow = candidate.today().plusDays(1).atStartOfDay(zone).toInstant();
		Instant weekEnd = candidate.today().plusDays(SearchUrgency.WEEK_DAYS).atStartOfDay(zone).toInstant();
		List<Slot> wanted = new ArrayList<>();
		int leftToday = 0;
		int week = 0;
		for (Slot slot : free) {
			Instant start = slot.start();
			if (!start.isBefore(first) && start.isBefore(afterLast) && criteria.suits(slot, zone)) {
				wanted.add(slot);
			}
			if (!start.isBefore(today) && start.isBefore(tomorrow)) {
				leftToday++;
			}
			if (!start.isBefore(today) && start.isBefore(weekEnd)) {
				week++;
			}
		}
		Practitioner practitioner = candidate.practitioner();
		boolean speaks = criteria.languages().isEmpty()
				|| criteria.languages().stream().anyMatch(practitioner.languages()::contains);
		Optional<Duration> untilFirst = wanted.isEmpty() ? Optional.empty()
				: Optional.of(Duration.between(now, wanted.getFirst().start()));
		MatchScore score = scoring.score(new MatchSignals(untilFirst, Duration.ofDays(criteria.days()), wanted.size(),
				candidate.location().distance().kilometres(), criteria.radius().kilometres(),
				practitioner.rating().orElse(0.0), practitioner.reviewCount(), speaks, true));
		SearchRanking.Key key = new SearchRanking.Key(score.value(),
				wanted.isEmpty() ? Optional.empty() : Optional.of(wanted.getFirst().start()),
				candidate.location().distance().kilometres(), practitioner.id().value(),
				candidate.location().location().id().value());
		SearchUrgency.Draft draft = new SearchUrgency.Draft(practitioner, candidate.location(), criteria.visitType(),
				criteria.visitTypeChosenBySearch(),
				wanted.subList(0, Math.min(wanted.size(), this.settings.nextSlots())), match(score), leftToday, week);
		return new Scored(key, draft);
	}

	private static SearchResult.Match match(MatchScore score) {
		return new SearchResult.Match(score.value(),
				List.of(component("availability", score.availability()), component("distance", score.distance()),
						component("rating", score.rating()), component("language", score.language()),
						component("insurance", score.insurance())));
	}

	private static SearchResult.ScoreComponent component(String name, MatchScore.Component component) {
		return new SearchResult.ScoreComponent(name, component.value(), component.weight(), component.points());
	}

	private record Candidate(Practitioner practitioner, NearbyLocation location, LocalDate today, LocalDate first,
			LocalDate last, CachedDaySlots.Request request) {

	}

	private record Scored(SearchRanking.Key key, SearchUrgency.Draft draft) {

	}

}
