package io.slotwise.scheduling.application;

import java.util.function.Consumer;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;

/**
 * Carries availability changes between instances, so a subscriber connected to one
 * instance hears a booking or hold made on another. Best effort: a lost message only
 * delays a push, it never changes what is booked.
 */
public interface AvailabilityBroadcast {

	/** Tells the other instances; never blocks the caller on the transport. */
	void publish(Change change);

	/** Receives changes published by other instances (never this instance's own). */
	void receive(Consumer<Change> receiver);

	/** Availability of a practitioner at a location may have changed. */
	record Change(PractitionerId practitioner, LocationId location) {
	}

}
