package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.util.List;

import io.slotwise.scheduling.Appointment;
import io.slotwise.scheduling.Hold;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;

/**
 * Mutation payloads: the result, or typed errors as data.
 */
final class Payloads {

	private Payloads() {
	}

	static List<UserError> errorsOf(Outcome<?> outcome) {
		return (outcome instanceof Outcome.Refused<?>(Problem problem))
				? List.of(new UserError(problem.code().name(), problem.message(), null)) : List.of();
	}

	static <T> T value(Outcome<T> outcome) {
		return (outcome instanceof Outcome.Done<T>(T value)) ? value : null;
	}

	/**
	 * An expected failure.
	 *
	 * @param code an ErrorCode value
	 * @param message for humans
	 * @param field the input field it is about, if any
	 */
	record UserError(String code, String message, String field) {
	}

	/**
	 * holdSlot's answer.
	 *
	 * @param hold the hold, when placed
	 * @param blockedUntil when the blocking hold expires, when refused because of one
	 * @param errors why not
	 */
	record HoldSlotPayload(HoldView hold, Instant blockedUntil, List<UserError> errors) {

		static HoldSlotPayload of(Outcome<Hold> outcome) {
			Instant blockedUntil = (outcome instanceof Outcome.Refused<Hold>(Problem problem))
					? problem.blockedUntil().orElse(null) : null;
			Hold hold = value(outcome);
			return new HoldSlotPayload((hold != null) ? HoldView.of(hold) : null, blockedUntil, errorsOf(outcome));
		}

	}

	record ExtendHoldPayload(HoldView hold, List<UserError> errors) {

		static ExtendHoldPayload of(Outcome<Hold> outcome) {
			Hold hold = value(outcome);
			return new ExtendHoldPayload((hold != null) ? HoldView.of(hold) : null, errorsOf(outcome));
		}

	}

	record ReleaseHoldPayload(String holdId, List<UserError> errors) {

		static ReleaseHoldPayload of(Outcome<HoldId> outcome) {
			HoldId id = value(outcome);
			return new ReleaseHoldPayload((id != null) ? id.value().toString() : null, errorsOf(outcome));
		}

	}

	record BookingPayload(Appointment appointment, List<UserError> errors) {

		static BookingPayload of(Outcome<Appointment> outcome) {
			return new BookingPayload(value(outcome), errorsOf(outcome));
		}

	}

	/**
	 * A hold as its holder sees it.
	 *
	 * @param id identity
	 * @param start slot start
	 * @param end slot end
	 * @param expiresAt countdown target
	 * @param extensions extensions used
	 */
	record HoldView(String id, Instant start, Instant end, Instant expiresAt, int extensions) {

		static HoldView of(Hold hold) {
			return new HoldView(hold.id().value().toString(), hold.slot().start(), hold.end(), hold.expiresAt(),
					hold.extensions());
		}

	}

}
