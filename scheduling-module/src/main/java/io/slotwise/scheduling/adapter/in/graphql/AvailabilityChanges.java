package io.slotwise.scheduling.adapter.in.graphql;

import java.util.UUID;

import io.slotwise.scheduling.BookingCancelled;
import io.slotwise.scheduling.BookingConfirmed;
import io.slotwise.scheduling.BookingRescheduled;
import io.slotwise.scheduling.HoldExpired;
import io.slotwise.scheduling.HoldPlaced;
import io.slotwise.scheduling.HoldReleased;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns scheduling's events into "availability of this practitioner at this location
 * changed" signals for subscribers, after commit, so a subscriber re-reading availability
 * sees the change. A plain listener plus a commit hook rather than a transactional event
 * listener: this in-memory signal must not cost a publication-registry row per event. In
 * process only: each instance signals what it commits.
 */
@Component
class AvailabilityChanges {

	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	Flux<Change> of(UUID practitioner, UUID location) {
		return this.sink.asFlux()
			.filter((change) -> change.practitioner().equals(practitioner) && change.location().equals(location));
	}

	@EventListener
	void on(HoldPlaced event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	@EventListener
	void on(HoldReleased event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	@EventListener
	void on(HoldExpired event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	@EventListener
	void on(BookingConfirmed event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	@EventListener
	void on(BookingCancelled event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	@EventListener
	void on(BookingRescheduled event) {
		afterCommit(event.practitioner().value(), event.location().value());
	}

	private void afterCommit(UUID practitioner, UUID location) {
		Change change = new Change(practitioner, location);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					emit(change);
				}
			});
		}
		else {
			emit(change);
		}
	}

	private synchronized void emit(Change change) {
		this.sink.tryEmitNext(change);
	}

	record Change(UUID practitioner, UUID location) {
	}

}
