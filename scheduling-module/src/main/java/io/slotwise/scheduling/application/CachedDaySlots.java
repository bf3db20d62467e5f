package io.slotwise.scheduling.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.Slot;
import io.slotwise.scheduling.domain.TimeRange;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Free slots per day for many practitioners at once, through the {@link SlotCache}: one
 * round trip for the live holds of every practitioner asked, one for versions, one for
 * cached days, one {@link AvailabilitySweep} per visit type for all the misses, one
 * write-back. Cached days hold what the database says (bookings, working hours, external
 * calendars); live holds and the minimum notice are applied at read time, so a hold
 * placed, released or expired a moment ago needs no invalidation, and a day cached an
 * hour ago never offers a slot that has since become too soon. Without Redis it computes
 * everything (docs/adr/0025).
 */
@Component
class CachedDaySlots {

	private static final Logger log = LoggerFactory.getLogger(CachedDaySlots.class);

	private final SlotCache cache;

	private final AvailabilitySweep sweep;

	private final SlotHolds holds;

	private final SchedulingSettings scheduling;

	private final SearchSettings settings;

	private final Clock clock;

	CachedDaySlots(SlotCache cache, AvailabilitySweep sweep, SlotHolds holds, SchedulingSettings scheduling,
			SearchSettings settings, Clock clock) {
		this.cache = cache;
		this.sweep = sweep;
		this.holds = holds;
		this.scheduling = scheduling;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @return free slots of each request's days, sorted, in request order
	 */
	Map<Request, List<Slot>> slots(List<Request> requests) {
		// Holds first, versions after: a confirmed hold's claims are removed only after
		// its booking bumped the version, so if this read no longer sees the hold, the
		// versions read next already lead to days computed with the booking.
		Map<UUID, List<TimeRange>> held = held(requests);
		return slots(requests, held, versions(requests));
	}

	/**
	 * {@link #slots(List)} with the holds and versions a search has read already, in that
	 * order ({@link LiveSearchFacts}).
	 */
	Map<Request, List<Slot>> slots(List<Request> requests, LiveSearchFacts.Live live) {
		return slots(requests, (live.held() != null) ? live.held() : Map.of(), live.versions());
	}

	private Map<Request, List<Slot>> slots(List<Request> requests, Map<UUID, List<TimeRange>> held,
			@Nullable Map<PractitionerId, String> versions) {
		List<SlotCache.Key> keys = keys(requests, versions);
		Map<SlotCache.Key, List<Slot>> days = new HashMap<>();
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
		// keys(requests) lists each request's days in order, request after request.
		int next = 0;
		for (Request request : requests) {
			List<Slot> free = new ArrayList<>();
			List<TimeRange> heldHere = held.getOrDefault(request.practitioner().value(), List.of());
			for (LocalDate day = request.from(); !day.isAfter(request.to()); day = day.plusDays(1)) {
				for (Slot slot : days.getOrDefault(keys.get(next++), List.of())) {
					if (!slot.start().isBefore(earliest)
							&& (heldHere.isEmpty() || !new TimeRange(slot.start(), slot.end()).overlapsAny(heldHere))) {
						free.add(slot);
					}
				}
			}
			answer.put(request, free);
		}
		return answer;
	}

	/**
	 * The practitioners' live holds (single and bundle holds alike), in one round trip. A
	 * room or unit held for another practitioner is not subtracted here; that slot's
	 * booking would be refused by the hold and the database, as with another
	 * practitioner's booking of the last room (ADR 0005).
	 */
	private Map<UUID, List<TimeRange>> held(List<Request> requests) {
		try {
			return this.holds.held(
					requests.stream().map((request) -> request.practitioner().value()).distinct().toList(),
					this.clock.instant());
		}
		catch (HoldsUnavailable ex) {
			log.warn("Hold store unavailable; availability from bookings alone: {}", ex.getMessage());
			return Map.of();
		}
	}

	private @Nullable Map<PractitionerId, String> versions(List<Request> requests) {
		try {
			return this.cache.versions(requests.stream().map(Request::practitioner).distinct().toList());
		}
		catch (SlotCache.SlotCacheUnavailable ex) {
			log.warn("Slot cache unavailable, searching uncached: {}", ex.getMessage());
			return null;
		}
	}

	private static List<SlotCache.Key> keys(List<Request> requests, @Nullable Map<PractitionerId, String> versions) {
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

	/**
	 * Misses computed set-based: per visit type, every practitioner and location with a
	 * missing day in one sweep over the days from the earliest to the latest miss.
	 */
	private Map<SlotCache.Key, List<Slot>> compute(List<SlotCache.Key> misses, List<Request> requests) {
		Map<LocationId, ZoneId> zones = new HashMap<>();
		requests.forEach((request) -> zones.put(request.location(), request.zone()));
		Map<VisitTypeId, List<SlotCache.Key>> byVisitType = new LinkedHashMap<>();
		misses.forEach((key) -> byVisitType.computeIfAbsent(key.visitType(), (id) -> new ArrayList<>()).add(key));
		Map<SlotCache.Key, List<Slot>> computed = new HashMap<>();
		byVisitType.forEach((visitType, keys) -> {
			LocalDate from = keys.stream().map(SlotCache.Key::day).min(LocalDate::compareTo).orElseThrow();
			LocalDate to = keys.stream().map(SlotCache.Key::day).max(LocalDate::compareTo).orElseThrow();
			List<PractitionerAt> pairs = keys.stream()
				.map((key) -> new PractitionerAt(key.practitioner(), key.location()))
				.distinct()
				.toList();
			Map<PractitionerAt, Map<LocalDate, List<Slot>>> perDay = new HashMap<>();
			this.sweep.free(visitType, pairs, from, to)
				.forEach((pair,
						slots) -> slots.forEach((slot) -> perDay.computeIfAbsent(pair, (p) -> new HashMap<>())
							.computeIfAbsent(LocalDate.ofInstant(slot.start(), zones.get(pair.location())),
									(d) -> new ArrayList<>())
							.add(slot)));
			keys.forEach((key) -> computed.put(key,
					List.copyOf(perDay.getOrDefault(new PractitionerAt(key.practitioner(), key.location()), Map.of())
						.getOrDefault(key.day(), List.of()))));
		});
		return computed;
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
