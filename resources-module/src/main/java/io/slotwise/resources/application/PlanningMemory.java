package io.slotwise.resources.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.slotwise.resources.FindPractitioners.PractitionerAt;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.resources.domain.CatalogVersion;

/**
 * What planning one visit reads from the catalog (visit type, location, practitioner,
 * rooms, equipment, working hours), remembered per visit type and pair for one planning
 * version (V1_11): a hold or a booking then reads one single-row version instead of some
 * fourteen catalog rows in six transactions (issue 15, ADR 0026). Correct on every
 * instance whoever changed the catalog, as the search map of ADR 0025: the version is
 * read before the facts, so facts loaded while a change commits are filed under the older
 * version and loaded again by the next use; never the reverse.
 */
final class PlanningMemory {

	/**
	 * Pairs remembered at most (some KB each); past it the memory starts again, which
	 * costs one load per pair.
	 */
	static final int MAX_PAIRS = 4096;

	private final CatalogVersion versions;

	private final BookableFacts facts;

	private final AtomicReference<Remembered> remembered = new AtomicReference<>(new Remembered(Long.MIN_VALUE));

	PlanningMemory(CatalogVersion versions, BookableFacts facts) {
		this.versions = versions;
		this.facts = facts;
	}

	/** The facts of the pair for the visit type, as of this moment's catalog. */
	Optional<BookableFacts.Loaded> of(VisitTypeId visitType, PractitionerAt pair) {
		long version = this.versions.planning();
		// Versions only grow: a memory of a newer version is as good, an older one is
		// not.
		Remembered current = this.remembered
			.updateAndGet((held) -> (held.version >= version) ? held : new Remembered(version));
		Key key = new Key(visitType, pair);
		Optional<BookableFacts.Loaded> known = current.facts.get(key);
		if (known != null) {
			return known;
		}
		// Loaded outside the map's lock: a slow load must not block other pairs.
		Optional<BookableFacts.Loaded> loaded = this.facts.load(visitType, List.of(pair));
		if (current.facts.size() >= MAX_PAIRS) {
			current.facts.clear();
		}
		current.facts.putIfAbsent(key, loaded);
		return loaded;
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
