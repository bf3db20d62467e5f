package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.Optional;

import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.PatientId;

/**
 * Secondary port: slots a patient just released or let expire, and until when they may
 * not hold them again. Instants come from the application's clock.
 */
public interface HoldCooldowns {

	void start(PatientId patient, PractitionerId practitioner, Instant slotStart, Instant until);

	/** Until when the patient may not hold the slot, if they may not now. */
	Optional<Instant> until(PatientId patient, PractitionerId practitioner, Instant slotStart, Instant now);

}
