package io.slotwise.resources.domain;

import java.util.Comparator;
import java.util.List;

import io.slotwise.resources.Room;

/**
 * The allocation order of rooms: the least capable room that satisfies a visit first, so
 * that rooms able to host more kinds of visit stay free for the visits only they can
 * host.
 */
public final class BestFit {

	/** Fewest capabilities first, then by id for a stable order. */
	static final Comparator<Room> ORDER = Comparator.comparingInt((Room room) -> room.capabilities().size())
		.thenComparing((room) -> room.id().value());

	private BestFit() {
	}

	public static List<Room> rooms(List<Room> candidates) {
		return candidates.stream().sorted(ORDER).toList();
	}

}
