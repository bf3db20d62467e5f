package io.slotwise.waitlist.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the deliverer as soon as new outbox rows are committed instead of waiting for the
 * next poll: the poll stays only as the safety net for retries and for rows an instance
 * left behind. Wake-ups that arrive while a run is going coalesce into one more run, on
 * one thread of its own (a callback after commit must not start a transaction on the
 * committing thread, whose resources are still bound).
 */
final class DeliveryWake implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWake.class);

	private final Runnable deliver;

	private final AtomicInteger pending = new AtomicInteger();

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("waitlist-delivery-wake").factory());

	DeliveryWake(Runnable deliver) {
		this.deliver = deliver;
	}

	/** Wakes the deliverer once the current transaction commits (at once without one). */
	void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}
		});
	}

	void wake() {
		if (this.pending.getAndIncrement() == 0) {
			this.runner.execute(this::drain);
		}
	}

	private void drain() {
		int seen;
		do {
			seen = this.pending.get();
			try {
				this.deliver.run();
			}
			catch (RuntimeException ex) {
				// the poll picks the rows up again
				log.warn("Immediate delivery failed: {}", ex.getMessage());
			}
		}
		while (this.pending.addAndGet(-seen) > 0);
	}

	@Override
	public void destroy() {
		this.runner.shutdownNow();
	}

}
