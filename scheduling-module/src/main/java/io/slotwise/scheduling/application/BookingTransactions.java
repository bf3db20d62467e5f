package io.slotwise.scheduling.application;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.slotwise.scheduling.domain.BookingContention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs booking work in one transaction and retries the whole transaction, a bounded
 * number of times with jittered backoff, when PostgreSQL aborts it for a serialization
 * failure (40001) or a deadlock (40P01). Overlaps (23P01) are real conflicts and are
 * never retried.
 */
@Component
class BookingTransactions {

	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(BookingTransactions.class);

	private final TransactionTemplate transactions;

	BookingTransactions(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	<T> T inTransaction(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.get());
			}
			catch (BookingContention | PessimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
				log.info("Booking transaction aborted by contention (attempt {}), retrying: {}", attempt,
						ex.getMessage());
				pause(attempt);
			}
		}
	}

	/**
	 * Runs work that answers whether it went ahead in one transaction, and runs
	 * {@code undo} when it did not or the transaction failed: a claim placed elsewhere
	 * (Redis) before the transaction is given back rather than left to expire.
	 */
	boolean inTransactionOrUndo(BooleanSupplier work, Runnable undo) {
		boolean done;
		try {
			done = inTransaction(work::getAsBoolean);
		}
		catch (RuntimeException ex) {
			undo.run();
			throw ex;
		}
		if (!done) {
			undo.run();
		}
		return done;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while retrying a booking", ex);
		}
	}

}
