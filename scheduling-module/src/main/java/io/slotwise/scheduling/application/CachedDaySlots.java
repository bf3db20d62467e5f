package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.AvailabilityQuery;
import io.slotwise.scheduling.FindAvailableSlots;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Free slots per day for many practitioners at once, through the {@link SlotCache}: one
 * round trip for versions, one for cached days, {@link FindAvailableSlots} for the
 * misses, one write-back. Minimum notice is applied at read time, so a day cached an hour
 * ago never offers a slot that has since become too soon. Without Redis it computes
 * everything.
 */
@Component
class CachedDaySlots {

	private static final Logger log = LoggerFactory.getLogger(CachedDaySlots.class);

	/** Below the scheduling core's per-query limit. */
	private static final int MAX_RUN_DAYS = 28;

	private final SlotCache cache;

	private final FindAvailableSlots slots;

	private final SchedulingSettings scheduling;

	private final SearchSettings settings;

	private final Clock clock;

	CachedDaySlots(SlotCache cache, FindAvailableSlots slots, SchedulingSettings scheduling, SearchSettings settings,
			Clock clock) {
		this.cache = cache;
		this.slots = slots;
		this.scheduling = scheduling;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return free slots of each request's days, sorted, in request order
	 */
	Map<Request, List<Slot>> slots(List<Request> requests) {
		Map<SlotCache.Key, List<Slot>> days = new HashMap<>();
		List<SlotCache.Key> keys = keys(requests);
		List<SlotCache.Key> misses = new ArrayList<>(keys);
		boolean cached = !keys.isEmpty() && keys.getFirst().version() != null;
		if (cached) {
			try {
				days.putAll(this.cache.read(keys));
				misses.removeIf(days::containsKey);
			}
			catch (SlotCache.SlotCacheUnavailable ex) {
				log.warn("Slot cache unavailable, searching uncached: {}", ex.getMessage());
				cached = false;
			}
		}
		Map<SlotCache.Key, List<Slot>> computed = compute(misses, requests);
		days.putAll(computed);
		if (cached && !computed.isEmpty()) {
			try {
				this.cache.write(computed, this.settings.cacheTtl());
			}
			catch (SlotCache.SlotCacheUnavailable ex) {
				log.warn("Slot cache unavailable, not storing: {}", ex.getMessage());
			}
		}
		Instant earliest = this.clock.instant().plus(this.scheduling.minimumNotice());
		Map<Request, List<Slot>> answer = new LinkedHashMap<>();
		Map<String, SlotCache.Key> byDay = new HashMap<>();
		keys.forEach((key) -> byDay.put(dayId(key.practitioner(), key.location(), key.visitType(), key.day()), key));
		for (Request request : requests) {
			List<Slot> free = new ArrayList<>();
			for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
				SlotCache.Key key = byDay
					.get(dayId(request.practitioner(), request.location(), request.visitType(), day));
				for (Slot slot : days.getOrDefault(key, List.of())) {
					if (!slot.start().isBefore(earliest)) {
						free.add(slot);
					}
				}
			}
			answer.put(request, free);
		}
		return answer;
	}

	private List<SlotCache.Key> keys(List<Request> requests) {
		Map<PractitionerId, String> versions;
		try {
			versions = this.cache.versions(requests.stream().map(Request::practitioner).distinct().toList());
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.warn("Slot cache unavailable, searching uncached: {}", ex.getMessage());
			versions = null;
		}
		List<SlotCache.Key> keys = new ArrayList<>();
		for (Request request : requests) {
			String version = (versions != null) ? versions.get(request.practitioner()) : null;
			for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
				keys.add(new SlotCache.Key(request.practitioner(), request.location(), request.visitType(), day,
						version));
			}
		}
		return keys;
	}

	/** Misses grouped into runs of consecutive days: one availability query per run. */
	private Map<SlotCache.Key, List<Slot>> compute(List<SlotCache.Key> misses, List<Request> requests) {
		Map<String, ZoneId> zones = new HashMap<>();
		requests.forEach((request) -> zones.put(request.location().toString(), request.zone()));
		Map<SlotCache.Key, List<Slot>> computed = new HashMap<>();
		int i = 0;
		while (i < misses.size()) {
			SlotCache.Key first = misses.get(i);
			int j = i + 1;
			while (j < misses.size() && sameSeries(first, misses.get(j))
					&& ChronoUnit.DAYS.between(first.day(), misses.get(j).day()) == j - i && j - i < MAX_RUN_DAYS) {
				j++;
			}
			List<SlotCache.Key> run = misses.subList(i, j);
			List<Slot> free = switch (this.slots.availableSlots(new AvailabilityQuery(first.practitioner(),
					first.location(), first.visitType(), first.day(), run.getLast().day()))) {
				case Outcome.Done<List<Slot>>(List<Slot> found) -> found;
				case Outcome.Refused<List<Slot>> refused -> List.of();
			};
			ZoneId zone = zones.get(first.location().toString());
			Map<LocalDate, List<Slot>> perDay = new HashMap<>();
			free.forEach(
					(slot) -> perDay.computeIfAbsent(LocalDate.ofInstant(slot.start(), zone), (d) -> new ArrayList<>())
						.add(slot));
			run.forEach((key) -> computed.put(key, List.copyOf(perDay.getOrDefault(key.day(), List.of()))));
			i = j;
		}
		return computed;
	}

	private static boolean sameSeries(SlotCache.Key a, SlotCache.Key b) {
		return a.practitioner().equals(b.practitioner()) && a.location().equals(b.location())
				&& a.visitType().equals(b.visitType());
	}

	private static String dayId(PractitionerId practitioner, LocationId location, VisitTypeId visitType,
			LocalDate day) {
		return practitioner.value() + "/" + location + "/" + visitType.value() + "/" + day;
	}

	/**
	 * @param zone the location's zone (what a day is)
	 * @param from first day, inclusive
	 * @param to last day, inclusive
	 */
	record Request(PractitionerId practitioner, LocationId location, ZoneId zone, VisitTypeId visitType, LocalDate from,
			LocalDate to) {

	}

}
