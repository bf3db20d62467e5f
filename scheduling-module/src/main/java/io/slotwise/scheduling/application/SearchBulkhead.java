package io.slotwise.scheduling.application;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.SearchOutcome;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps the searches computing at once on this instance, so that a flood of expensive
 * searches queues here instead of taking every database connection a booking needs. A
 * search that waits longer than {@code queueWait} is answered SEARCH_BUSY at once.
 */
@Component
class SearchBulkhead {

	private final Semaphore permits;

	private final Duration queueWait;

	SearchBulkhead(@Value("${slotwise.search.max-concurrent:4}") int maxConcurrent,
			@Value("${slotwise.search.queue-wait:PT2S}") Duration queueWait) {
		this.permits = new Semaphore(maxConcurrent, true);
		this.queueWait = queueWait;
	}

	SearchOutcome run(Supplier<SearchOutcome> search) {
		boolean entered;
		try {
			entered = this.permits.tryAcquire(this.queueWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			entered = false;
		}
		if (!entered) {
			return new SearchOutcome.Refused(
					Problem.of(Problem.Code.SEARCH_BUSY, "Too many searches at once; please try again in a moment"));
		}
		try {
			return search.get();
		}
		finally {
			this.permits.release();
		}
	}

}
