package io.slotwise.waitlist.domain;

import java.time.Duration;
import java.time.Instant;

import io.slotwise.waitlist.Preferences;

/**
 * Whether a freed slot satisfies a patient's preferences. The database narrows the
 * entries first (visit type, date range, practitioner, location, weekday, notice); this
 * is the whole rule, so a slot never reaches a patient it does not suit.
 */
public final class Matching {

	private Matching() {
	}

	public static boolean accepts(Preferences wish, FreedSlot slot, Instant now) {
		return wish.visitType().equals(slot.visitType())
				&& (wish.practitioners().isEmpty() || wish.practitioners().contains(slot.practitioner()))
				&& (wish.locations().isEmpty() || wish.locations().contains(slot.location()))
				&& !slot.day().isBefore(wish.earliest()) && !slot.day().isAfter(wish.latest())
				&& wish.days().contains(slot.day().getDayOfWeek())
				&& (wish.windows().isEmpty() || wish.windows()
					.stream()
					.anyMatch((window) -> window.contains(slot.localStart(), slot.localEnd())))
				&& Duration.between(now, slot.start()).compareTo(wish.minimumNotice()) >= 0;
	}

}
