package io.slotwise.waitlist;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a waitlist entry.
 */
public record EntryId(UUID value) {

	public EntryId {
		Objects.requireNonNull(value, "entry id");
	}

	public static EntryId of(String value) {
		return new EntryId(UUID.fromString(value));
	}

}
