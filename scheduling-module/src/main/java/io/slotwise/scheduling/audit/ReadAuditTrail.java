package io.slotwise.scheduling.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.slotwise.scheduling.AppointmentId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.PatientId;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Requester;
import org.jspecify.annotations.Nullable;

/**
 * Reads the audit trail: administrators query it in bounded windows; an appointment's
 * history (who booked, moved and cancelled it, when, from what to what) is for its
 * patient, staff of its location and administrators. Reading a history is itself
 * recorded.
 */
public interface ReadAuditTrail {

	/** The widest window one query may cover. */
	Duration MAX_WINDOW = Duration.ofDays(31);

	/**
	 * Entries in [from, to), oldest first, after the entry {@code after} (keyset paging).
	 */
	Outcome<List<AuditEntry>> entries(Requester requester, AuditQuery query);

	/**
	 * How many entries the query's window and filters hold, whatever its cursor and limit
	 * (a connection's totalCount).
	 */
	Outcome<Integer> count(Requester requester, AuditQuery query);

	Outcome<List<AuditEntry>> appointmentHistory(Requester requester, AppointmentId appointment);

	/**
	 * @param from the window's start (inclusive)
	 * @param to its end (exclusive), at most {@link #MAX_WINDOW} after {@code from}
	 * @param patient only this patient's entries
	 * @param actor only this actor's entries
	 * @param after the id of the last entry already seen
	 * @param limit how many at most
	 */
	record AuditQuery(Instant from, Instant to, @Nullable PatientId patient, @Nullable UUID actor, long after,
			int limit) {

		public AuditQuery {
			Objects.requireNonNull(from, "from");
			Objects.requireNonNull(to, "to");
		}

		/** Why the window cannot be queried, if it cannot. */
		public Optional<Problem> problem() {
			if (!this.to.isAfter(this.from)) {
				return Optional.of(Problem.inField("to", Problem.Code.VALIDATION_FAILED, "to must be after from"));
			}
			if (Duration.between(this.from, this.to).compareTo(MAX_WINDOW) > 0) {
				return Optional.of(Problem.inField("to", Problem.Code.VALIDATION_FAILED,
						"An audit query covers at most " + MAX_WINDOW.toDays() + " days"));
			}
			return Optional.empty();
		}

	}

}
