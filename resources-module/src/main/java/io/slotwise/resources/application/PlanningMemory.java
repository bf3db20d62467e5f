package io.slotwise.resources.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.VisitTypeId;

/**
 * What planning a visit or computing a search's days reads from the catalog (visit type,
 * location, practitioner, rooms, equipment, working hours), remembered per visit type and
 * pair for one planning version (V1_11): a hold or a booking then reads one single-row
 * version instead of some fourteen catalog rows in six transactions (issue 15, ADR 0026),
 * and a cold search loads only the pairs it has not seen under this version, all of them
 * in one {@link BookableFacts#load} (ADR 0031). Correct on every instance whoever changed
 * the catalog, as the search map of ADR 0025: the version is read before the facts, so
 * facts loaded while a change commits are filed under the older version and loaded again
 * by the next use; never the reverse.
 */
final class PlanningMemory {

	/**
	 * Pairs remembered at most (each a few hundred bytes: the location, rooms and
	 * equipment are shared with the other pairs of its load); past it the memory starts
	 * again, which costs one load per search.
	 */
	static final int MAX_PAIRS = 20_000;

	private final CatalogVersions versions;

	private final BookableFacts facts;

	private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered(Long.MIN_VALUE));

	PlanningMemory(CatalogVersions versions, BookableFacts facts) {
		this.versions = versions;
		this.facts = facts;
	}

	/** The facts of the pair for the visit type, as of this moment's catalog. */
	Optional<BookableFacts.Loaded> of(VisitTypeId visitType, PractitionerAt pair) {
		return Optional.ofNullable(ofAll(visitType, List.of(pair)).get(pair));
	}

	/**
	 * The facts of each pair for the visit type (one pair each), as of this moment's
	 * catalog; absent when the visit type does not exist.
	 */
	Map<PractitionerAt, BookableFacts.Loaded> ofAll(VisitTypeId visitType, Collection<PractitionerAt> pairs) {
		long version = this.versions.planning();
		// Versions only grow: a memory of a newer version is as good, an older one is
		// not.
		Remembered current = this.remembered
			.updateAndGet((held) -> (held.version >= version) ? held : new Remembered(version));
		Map<PractitionerAt, BookableFacts.Loaded> answer = new HashMap<>();
		List<PractitionerAt> missing = new ArrayList<>();
		for (PractitionerAt pair : pairs) {
			Optional<BookableFacts.Loaded> known = current.facts.get(new Key(visitType, pair));
			if (known == null) {
				missing.add(pair);
			}
			else {
				known.ifPresent((loaded) -> answer.put(pair, loaded));
			}
		}
		if (missing.isEmpty()) {
			return answer;
		}
		// Loaded outside the map's lock: a slow load must not block other pairs.
		Optional<BookableFacts.Loaded> loaded = this.facts.load(visitType, missing);
		if (current.facts.size() + missing.size() > MAX_PAIRS) {
			current.facts.clear();
		}
		Map<PractitionerAt, BookableFacts.Loaded> each = loaded.map(BookableFacts.Loaded::each).orElse(Map.of());
		for (PractitionerAt pair : missing) {
			Optional<BookableFacts.Loaded> one = loaded.map((all) -> each.getOrDefault(pair, all.none()));
			current.facts.putIfAbsent(new Key(visitType, pair), one);
			one.ifPresent((facts) -> answer.put(pair, facts));
		}
		return answer;
	}

	private record Key(VisitTypeId visitType, PractitionerAt pair) {
	}

	private static final class Remembered {

		private final long version;

		private final Map<Key, Optional<BookableFacts.Loaded>> facts = new ConcurrentHashMap<>();

		Remembered(long version) {
			this.version = version;
		}

	}

}
