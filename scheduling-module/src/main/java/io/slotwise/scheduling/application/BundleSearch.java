package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import io.slotwise.scheduling.domain.group.BundleFinder;
import io.slotwise.scheduling.domain.group.DisruptionScoring;
import io.slotwise.scheduling.domain.group.GroupHold;
import io.slotwise.scheduling.group.Bundle;
import io.slotwise.scheduling.group.BundleOutcome;
import io.slotwise.scheduling.group.BundleQuery;
import io.slotwise.scheduling.group.FindBundles;
import io.slotwise.scheduling.group.MemberWish;

import org.springframework.stereotype.Service;

/**
 * Group search: check the members and the range, find the places, read every candidate's
 * free slots of the range from the day-slot cache in one batch, let {@link BundleFinder}
 * build each day's options and keep the {@code maxOptions} least disruptive. When the
 * range has none, later ranges up to the booking horizon are searched the same way for
 * the earliest day that has one (a bounded number of passes).
 */
@Service
class BundleSearch implements FindBundles {

	private final BundlePlaces places;

	private final CachedDaySlots daySlots;

	private final GroupSettings settings;

	private final SchedulingSettings scheduling;

	private final Clock clock;

	BundleSearch(BundlePlaces places, CachedDaySlots daySlots, GroupSettings settings, SchedulingSettings scheduling,
			Clock clock) {
		this.places = places;
		this.daySlots = daySlots;
		this.settings = settings;
		this.scheduling = scheduling;
		this.clock = clock;
	}

	@Override
	public BundleOutcome findBundles(Requester requester, BundleQuery query, int offset, int limit) {
		Optional<Problem> members = membersProblem(requester, query.members());
		if (members.isPresent()) {
			return new BundleOutcome.Refused(members.get(), Optional.empty());
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate from = (query.from() != null) ? query.from() : today;
		LocalDate to = (query.to() != null) ? query.to() : from.plusDays(this.settings.defaultDays() - 1);
		Optional<Problem> range = rangeProblem(today, from, to);
		if (range.isPresent()) {
			return new BundleOutcome.Refused(range.get(), Optional.empty());
		}
		Outcome<List<BundlePlaces.Place>> found = this.places.places(query);
		if (!(found instanceof Outcome.Done<List<BundlePlaces.Place>>(List<BundlePlaces.Place> where))) {
			return new BundleOutcome.Refused(((Outcome.Refused<?>) found).problem(), Optional.empty());
		}
		List<Bundle> ranked = ranked(query, where, from, to);
		if (ranked.isEmpty()) {
			return new BundleOutcome.Refused(
					Problem.of(Problem.Code.NO_BUNDLE_AVAILABLE,
							"No bundle for the group between " + from + " and " + to),
					earliestAfter(query, where, to, today));
		}
		int start = Math.min(offset, ranked.size());
		return new BundleOutcome.Found(ranked.subList(start, Math.min(ranked.size(), start + limit)), ranked.size());
	}

	private Optional<LocalDate> earliestAfter(BundleQuery query, List<BundlePlaces.Place> where, LocalDate to,
			LocalDate today) {
		LocalDate horizon = LocalDate.ofInstant(this.clock.instant().plus(this.scheduling.bookingHorizon()),
				ZoneOffset.UTC);
		for (LocalDate from = to.plusDays(1); !from.isAfter(horizon); from = from.plusDays(this.settings.maxDays())) {
			LocalDate until = from.plusDays(this.settings.maxDays() - 1);
			List<Bundle> later = ranked(query, where, from, until.isAfter(horizon) ? horizon : until);
			Optional<Instant> first = later.stream().map(Bundle::start).min(Instant::compareTo);
			if (first.isPresent()) {
				ZoneId zone = where.getFirst().location().timeZone();
				return Optional.of(LocalDate.ofInstant(first.get(), zone));
			}
		}
		return Optional.empty();
	}

	private List<Bundle> ranked(BundleQuery query, List<BundlePlaces.Place> where, LocalDate from, LocalDate to) {
		List<CachedDaySlots.Request> requests = new ArrayList<>();
		for (BundlePlaces.Place place : where) {
			for (int i = 0; i < query.members().size(); i++) {
				for (PractitionerId practitioner : place.candidates().get(i)) {
					requests.add(new CachedDaySlots.Request(practitioner, place.location().id(),
							place.location().timeZone(), query.members().get(i).visitType(), from, to));
				}
			}
		}
		Map<CachedDaySlots.Request, Map<LocalDate, Set<Instant>>> free = new HashMap<>();
		this.daySlots.slots(requests.stream().distinct().toList()).forEach((request, slots) -> {
			Map<LocalDate, Set<Instant>> byDay = new HashMap<>();
			slots.forEach((slot) -> byDay
				.computeIfAbsent(LocalDate.ofInstant(slot.start(), request.zone()), (day) -> new HashSet<>())
				.add(slot.start()));
			free.put(request, byDay);
		});
		DisruptionScoring scoring = new DisruptionScoring(this.settings.weights(),
				new DisruptionScoring.Wishes(from, ChronoUnit.DAYS.between(from, to) + 1,
						(query.location() != null || query.radiusMiles() == null) ? 0 : query.radiusMiles(),
						query.earliest(), query.latest()));
		// The best maxOptions, worst on top so it is the one dropped.
		PriorityQueue<Bundle> best = new PriorityQueue<>(DisruptionScoring.ORDER.reversed());
		for (BundlePlaces.Place place : where) {
			ZoneId zone = place.location().timeZone();
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				if (!query.weekdays().isEmpty() && !query.weekdays().contains(day.getDayOfWeek())) {
					continue;
				}
				List<BundleFinder.MemberNeed> needs = needs(query, place, free, day, from, to);
				for (Bundle bundle : BundleFinder.find(place.location().id(), place.miles(), needs)) {
					best.add(scoring.score(bundle, zone));
					if (best.size() > this.settings.maxOptions()) {
						best.poll();
					}
				}
			}
		}
		List<Bundle> ranked = new ArrayList<>(best);
		ranked.sort(DisruptionScoring.ORDER);
		return ranked;
	}

	private static List<BundleFinder.MemberNeed> needs(BundleQuery query, BundlePlaces.Place place,
			Map<CachedDaySlots.Request, Map<LocalDate, Set<Instant>>> free, LocalDate day, LocalDate from,
			LocalDate to) {
		ZoneId zone = place.location().timeZone();
		List<BundleFinder.MemberNeed> needs = new ArrayList<>();
		for (int i = 0; i < query.members().size(); i++) {
			MemberWish member = query.members().get(i);
			Map<PractitionerId, Set<Instant>> starts = new HashMap<>();
			for (PractitionerId practitioner : place.candidates().get(i)) {
				starts.put(practitioner, free
					.getOrDefault(new CachedDaySlots.Request(practitioner, place.location().id(), zone,
							member.visitType(), from, to), Map.of())
					.getOrDefault(day, Set.of()));
			}
			needs.add(new BundleFinder.MemberNeed(member.patient(), member.visitType(), place.durations().get(i),
					starts));
		}
		return needs;
	}

	private static Optional<Problem> membersProblem(Requester requester, List<MemberWish> members) {
		Optional<Problem> size = GroupHold.sizeProblem(members.size(), "members");
		if (size.isPresent()) {
			return size;
		}
		Set<PatientId> seen = new HashSet<>();
		for (int i = 0; i < members.size(); i++) {
			PatientId patient = members.get(i).patient();
			if (patient == null) {
				continue;
			}
			if (!seen.add(patient)) {
				return Optional.of(Problem.inField("members[" + i + "].patientId", Problem.Code.DUPLICATE_MEMBER,
						"Each person can be in a group once"));
			}
			if (requester.standing() == Requester.Standing.PATIENT && !patient.value().equals(requester.id())
					&& !requester.wards().contains(patient)) {
				return Optional.of(Problem.inField("members[" + i + "].patientId", Problem.Code.NOT_A_DEPENDENT,
						"You may search only for yourself and your dependents"));
			}
		}
		return Optional.empty();
	}

	private Optional<Problem> rangeProblem(LocalDate today, LocalDate from, LocalDate to) {
		if (from.isBefore(today.minusDays(1))) {
			return Optional.of(Problem.inField("from", Problem.Code.VALIDATION_FAILED, "The range starts in the past"));
		}
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > this.settings.maxDays()) {
			return Optional.of(Problem.inField("to", Problem.Code.VALIDATION_FAILED,
					"The range ends on or after its first day and spans at most " + this.settings.maxDays() + " days"));
		}
		return Optional.empty();
	}

}
