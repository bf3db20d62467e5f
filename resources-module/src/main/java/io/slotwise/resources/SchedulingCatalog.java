package io.slotwise.resources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.slotwise.resources.FindPractitioners.PractitionerAt;

/**
 * The catalog facts scheduling needs to compute availability and to reserve resources.
 * All answers are about one location, whose IANA zone defines what a "day" is.
 */
public interface SchedulingCatalog {

	/** The location, if it exists. */
	Optional<Location> location(LocationId location);

	/** The visit type's requirements, if it exists. */
	Optional<VisitRequirements> visitRequirements(VisitTypeId visitType);

	/**
	 * When the practitioner works at the location on the days {@code [from, to]}
	 * (inclusive, in the location's zone): weekly rules plus dated exceptions (time off
	 * removes, extra hours add), as half-open instant intervals, sorted and
	 * non-overlapping. DST-correct: "09:00-17:00" is 8 hours of wall-clock time on
	 * transition days too.
	 */
	List<WorkingWindow> workingWindows(PractitionerId practitioner, LocationId location, LocalDate from, LocalDate to);

	/**
	 * {@link #workingWindows(PractitionerId, LocationId, LocalDate, LocalDate)} for many
	 * practitioner-location pairs at once, in a constant number of queries (a day
	 * schedule of a whole location). A pair whose location does not exist is left out.
	 * The default asks pair by pair, for test doubles; the catalog itself batches.
	 */
	default Map<PractitionerAt, List<WorkingWindow>> workingWindows(Collection<PractitionerAt> pairs, LocalDate from,
			LocalDate to) {
		Map<PractitionerAt, List<WorkingWindow>> windows = new HashMap<>();
		pairs.forEach((pair) -> windows.put(pair, workingWindows(pair.practitioner(), pair.location(), from, to)));
		return windows;
	}

	/**
	 * Rooms at the location that have the capability, best fit first: the least capable
	 * room (fewest capabilities) comes first, so a visit that any exam room can host does
	 * not take the only room that can also host a procedure. Ties by id
	 * ({@link java.util.UUID#compareTo}).
	 */
	List<BookableResource> roomsWith(LocationId location, String capability);

	/**
	 * Units of the equipment type at the location, ordered by unit id
	 * ({@link java.util.UUID#compareTo}). Units of one type are interchangeable, so no
	 * unit fits better than another.
	 */
	List<BookableResource> equipmentUnits(LocationId location, String equipmentType);

	/**
	 * Whether the practitioner offers the visit type (has its specialty) at the location.
	 */
	boolean offers(PractitionerId practitioner, LocationId location, VisitTypeId visitType);

	/**
	 * Whether the practitioner exists and works at the location: a request naming an
	 * unknown practitioner, or one who does not work there, is NOT_FOUND (issue 13), not
	 * a visit type they happen not to offer.
	 */
	boolean worksAt(PractitionerId practitioner, LocationId location);

	/**
	 * For many practitioners at their locations at once, what availability of one visit
	 * type needs over the days {@code [from, to]} (each location's calendar): the same
	 * answers as {@link #location}, {@link #offers}, {@link #workingWindows},
	 * {@link #roomsWith} and {@link #equipmentUnits}, in a constant number of queries
	 * whatever the number of pairs (search computes its cold days set-based). Pairs where
	 * the practitioner does not offer the visit type are absent. This default asks the
	 * one-pair questions (the definition); the catalog answers in bulk.
	 */
	default Map<PractitionerAt, Bookable> bookable(VisitTypeId visitType, Collection<PractitionerAt> pairs,
			LocalDate from, LocalDate to) {
		Optional<VisitRequirements> requirements = visitRequirements(visitType);
		Map<PractitionerAt, Bookable> answer = new HashMap<>();
		if (requirements.isEmpty()) {
			return answer;
		}
		for (PractitionerAt pair : pairs) {
			Optional<Location> location = location(pair.location());
			if (location.isEmpty() || !offers(pair.practitioner(), pair.location(), visitType)) {
				continue;
			}
			Map<String, List<BookableResource>> units = new HashMap<>();
			requirements.get()
				.equipmentTypes()
				.forEach((type) -> units.put(type, equipmentUnits(pair.location(), type)));
			answer.put(pair,
					new Bookable(location.get(), workingWindows(pair.practitioner(), pair.location(), from, to),
							requirements.get()
								.roomCapability()
								.map((capability) -> roomsWith(pair.location(), capability))
								.orElse(List.of()),
							units));
		}
		return answer;
	}

	/**
	 * {@link #bookable} together with the visit type's requirements, for computing the
	 * days of many pairs at once; empty when the visit type does not exist or no pair was
	 * asked. The catalog remembers these facts per pair and planning version, so a search
	 * reads the catalog tables only for pairs it has not seen since the last change (ADR
	 * 0031); this default asks the questions (the definition).
	 */
	default Optional<BookableVisit> bookableVisit(VisitTypeId visitType, Collection<PractitionerAt> pairs,
			LocalDate from, LocalDate to) {
		if (pairs.isEmpty()) {
			return Optional.empty();
		}
		return visitRequirements(visitType)
			.map((requirements) -> new BookableVisit(requirements, bookable(visitType, pairs, from, to)));
	}

	/**
	 * What {@link #bookableVisit} answers.
	 *
	 * @param pairs the pairs that offer the visit type, with their facts
	 */
	record BookableVisit(VisitRequirements requirements, Map<PractitionerAt, Bookable> pairs) {

		public BookableVisit {
			pairs = Map.copyOf(pairs);
		}

	}

	/**
	 * Everything planning one visit of the pair starting at {@code start} needs: the
	 * visit type's requirements and what {@link #bookable} answers for the pair over the
	 * day of {@code start} and the next (in the location's zone). Empty when the visit
	 * type or the location does not exist or the practitioner does not offer the visit
	 * type there (ask {@link #location}, {@link #visitRequirements} and {@link #offers}
	 * which). The catalog remembers these facts per catalog version, so a hold or booking
	 * plans without reading the catalog tables; this default asks the questions (the
	 * definition).
	 */
	default Optional<Plannable> plannable(VisitTypeId visitType, PractitionerAt pair, Instant start) {
		Optional<LocalDate> day = location(pair.location())
			.map((location) -> start.atZone(location.timeZone()).toLocalDate());
		return visitRequirements(visitType).flatMap((requirements) -> day
			.flatMap(
					(from) -> Optional.ofNullable(bookable(visitType, List.of(pair), from, from.plusDays(1)).get(pair)))
			.map((bookable) -> new Plannable(requirements, bookable)));
	}

	/** What {@link #plannable} answers. */
	record Plannable(VisitRequirements requirements, Bookable bookable) {
	}

	/**
	 * @param rooms rooms with the visit type's capability, best fit first (empty when it
	 * needs none)
	 * @param units per equipment type the visit type needs, its units ordered by id
	 */
	record Bookable(Location location, List<WorkingWindow> windows, List<BookableResource> rooms,
			Map<String, List<BookableResource>> units) {

		public Bookable {
			windows = List.copyOf(windows);
			rooms = List.copyOf(rooms);
			units = Map.copyOf(units);
		}

	}

	/**
	 * A stretch of working time.
	 *
	 * @param start inclusive
	 * @param end exclusive
	 */
	record WorkingWindow(Instant start, Instant end) {

		public WorkingWindow {
			if (!start.isBefore(end)) {
				throw new IllegalArgumentException("A working window must end after it starts");
			}
		}

	}

}
