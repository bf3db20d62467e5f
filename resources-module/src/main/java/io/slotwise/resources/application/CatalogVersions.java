package io.slotwise.resources.application;

import java.util.function.Supplier;

import io.slotwise.resources.domain.CatalogVersion;
import io.slotwise.resources.domain.CatalogVersion.Versions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The catalog's versions, which every in-process copy of the catalog is checked against
 * (the search map, planning facts, visit types and plans). Inside {@link #pinned} they
 * are read once, on first use, for the whole piece of work: a search then checks all its
 * copies with one single-row read instead of one per copy and call (issue 15, ADR 0031).
 * Safe for the same reason as each check alone: the versions are read before any copy is
 * used, so whatever was committed before the work began is seen by it.
 */
@Component
class CatalogVersions {

	/** The open piece of work on this thread, if any (searches run on their caller). */
	private static final ThreadLocal<Pin> PINNED = new ThreadLocal<>();

	private final CatalogVersion versions;

	CatalogVersions(CatalogVersion versions) {
		this.versions = versions;
	}

	<T> T pinned(Supplier<T> work) {
		if (PINNED.get() != null) {
			return work.get();
		}
		PINNED.set(new Pin());
		try {
			return work.get();
		}
		finally {
			PINNED.remove();
		}
	}

	/** Moves with practitioners, locations, opening hours and who works where. */
	long catalog() {
		return now().catalog();
	}

	/** Moves with anything planning or search checks reads from the catalog. */
	long planning() {
		return now().planning();
	}

	private Versions now() {
		Pin pin = PINNED.get();
		if (pin == null) {
			return this.versions.read();
		}
		if (pin.read == null) {
			pin.read = this.versions.read();
		}
		return pin.read;
	}

	private static final class Pin {

		private @Nullable Versions read;

	}

}
