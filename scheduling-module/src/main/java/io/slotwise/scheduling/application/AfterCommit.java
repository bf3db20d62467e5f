package io.slotwise.scheduling.application;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-process reactions to scheduling's events once the change is visible: after the
 * surrounding transaction commits, or at once when there is none (holds live in Redis).
 * Shared by every in-module listener: a plain {@code @EventListener} plus this hook
 * rather than a {@code @TransactionalEventListener}, because Spring Modulith records
 * every transactional listener in its publication registry and completes that record on a
 * second database connection while the committing one is still held, which exhausted the
 * pool under 100 parallel bookings. Cross-module reactions use the registry instead.
 */
final class AfterCommit {

	private AfterCommit() {
	}

	static void run(Runnable reaction) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reaction.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reaction.run();
			}
		});
	}

}
