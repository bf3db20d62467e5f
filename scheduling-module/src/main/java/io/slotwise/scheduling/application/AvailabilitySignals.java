package io.slotwise.scheduling.application;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.scheduling.BookingEvent;
import io.slotwise.scheduling.HoldEvent;
import io.slotwise.scheduling.WatchAvailability;
import io.slotwise.scheduling.application.AvailabilityBroadcast.Change;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the hold and booking families into availability signals for subscribers, after
 * commit, so a subscriber re-reading availability sees the change. Local subscribers hear
 * at once, in memory (a signal must not cost a publication-registry row per event); the
 * other instances hear through the broadcast, so it does not matter which instance a
 * subscriber is connected to.
 */
@Component
class AvailabilitySignals implements WatchAvailability {

	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	private final AvailabilityBroadcast broadcast;

	AvailabilitySignals(AvailabilityBroadcast broadcast) {
		this.broadcast = broadcast;
		broadcast.receive(this::emit);
	}

	@Override
	public Flux<Object> changes(PractitionerId practitioner, LocationId location) {
		return this.sink.asFlux()
			.filter((change) -> change.practitioner().equals(practitioner) && change.location().equals(location))
			.map(Object.class::cast);
	}

	@EventListener
	void on(BookingEvent event) {
		signal(new Change(event.practitioner(), event.location()));
	}

	@EventListener
	void on(HoldEvent event) {
		signal(new Change(event.practitioner(), event.location()));
	}

	private void signal(Change change) {
		AfterCommit.run(() -> {
			emit(change);
			this.broadcast.publish(change);
		});
	}

	// Sinks reject concurrent emission; commits of parallel requests and messages from
	// other instances take turns here.
	private synchronized void emit(Change change) {
		this.sink.tryEmitNext(change);
	}

}
