package io.slotwise.scheduling.adapter.out.jooq;

import java.sql.SQLException;

import io.slotwise.scheduling.domain.AlreadyBooked;
import io.slotwise.scheduling.domain.BookingContention;
import io.slotwise.scheduling.domain.SlotTaken;

/**
 * Turns PostgreSQL's verdicts on a booking into the domain's terms, by SQLSTATE: 23P01
 * (exclusion violation: an overlapping reservation exists) is a real conflict; 23505 on
 * the hold or idempotency key means the same booking was made already; 40001 and 40P01
 * abort the transaction and are worth a retry.
 */
final class ReservationFailures {

	private ReservationFailures() {
	}

	static void translate(Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			String state = sqlState(ex);
			if (state == null) {
				throw ex;
			}
			throw switch (state) {
				case "23P01" -> new SlotTaken("A resource is already reserved for an overlapping time", ex);
				case "23505" -> new AlreadyBooked("This hold or idempotency key was booked already", ex);
				case "40001", "40P01" -> new BookingContention("Transaction aborted by contention (" + state + ")", ex);
				default -> ex;
			};
		}
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

}
