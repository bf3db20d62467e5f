package io.slotwise.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * A patient, identified by the subject of their access token.
 *
 * @param value the id
 */
public record PatientId(UUID value) {

	public PatientId {
		Objects.requireNonNull(value, "patient id");
	}

}
