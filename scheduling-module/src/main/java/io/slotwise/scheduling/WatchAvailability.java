package io.slotwise.scheduling;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import reactor.core.publisher.Flux;

/**
 * Signals that a practitioner's availability at a location may have changed (a hold or
 * booking there changed), once the change is visible to readers, whichever instance made
 * the change.
 */
public interface WatchAvailability {

	/** One signal per change, for as long as the subscriber listens. */
	Flux<Object> changes(PractitionerId practitioner, LocationId location);

}
