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

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns scheduling's events into "availability of this practitioner at this location
 * changed" signals for subscribers. After commit, so a subscriber re-reading availability
 * sees the change. In-process only: each instance signals what it commits.
 */
@Component
class AvailabilityChanges {

	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	Flux<Change> of(UUID practitioner, UUID location) {
		return this.sink.asFlux()
			.filter((change) -> change.practitioner().equals(practitioner) && change.location().equals(location));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldPlaced event) {
		emit(event.practitioner().value(), event.location().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldReleased event) {
		emit(event.practitioner().value(), event.location().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(HoldExpired event) {
		emit(event.practitioner().value(), event.location().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingConfirmed event) {
		emit(event.practitioner().value(), event.location().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingCancelled event) {
		emit(event.practitioner().value(), event.location().value());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(BookingRescheduled event) {
		emit(event.practitioner().value(), event.location().value());
	}

	private synchronized void emit(UUID practitioner, UUID location) {
		this.sink.tryEmitNext(new Change(practitioner, location));
	}

	record Change(UUID practitioner, UUID location) {
	}

}
