package io.slotwise.scheduling.adapter.in.graphql;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import io.slotwise.scheduling.AppointmentDetails;
import io.slotwise.scheduling.HoldDetails;
import io.slotwise.scheduling.HoldId;
import io.slotwise.scheduling.SlotRequest;
import io.slotwise.scheduling.Outcome;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.adapter.in.graphql.UserErrors.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Mutation payloads: the result, or typed errors as data.
 */
final class Payloads {

	private Payloads() {
	}

	static <T> @Nullable T value(Outcome<T> outcome) {
		return (outcome instanceof Outcome.Done<T>(T value)) ? value : null;
	}

	/**
	 * holdSlot's answer.
	 *
	 * @param hold the hold, when placed
	 * @param blockedUntil when the blocking hold expires, when refused because of one
	 * @param errors why not
	 */
	record HoldSlotPayload(HoldView hold, Instant blockedUntil, List<UserError> errors) {

		static HoldSlotPayload of(Outcome<HoldDetails> outcome, UnaryOperator<String> path) {
			Instant blockedUntil = (outcome instanceof Outcome.Refused<HoldDetails>(Problem problem))
					? problem.blockedUntil().orElse(null) : null;
			HoldDetails hold = value(outcome);
			return new HoldSlotPayload((hold != null) ? HoldView.of(hold) : null, blockedUntil,
					UserErrors.of(outcome, path));
		}

	}

	record ExtendHoldPayload(HoldView hold, List<UserError> errors) {

		static ExtendHoldPayload of(Outcome<HoldDetails> outcome, UnaryOperator<String> path) {
			HoldDetails hold = value(outcome);
			return new ExtendHoldPayload((hold != null) ? HoldView.of(hold) : null, UserErrors.of(outcome, path));
		}

	}

	record ReleaseHoldPayload(String holdId, List<UserError> errors) {

		static ReleaseHoldPayload of(Outcome<HoldId> outcome, UnaryOperator<String> path) {
			HoldId id = value(outcome);
			return new ReleaseHoldPayload((id != null) ? id.value().toString() : null, UserErrors.of(outcome, path));
		}

	}

	record BookingPayload(AppointmentDetails appointment, List<UserError> errors) {

		static BookingPayload of(Outcome<AppointmentDetails> outcome, UnaryOperator<String> path) {
			return new BookingPayload(value(outcome), UserErrors.of(outcome, path));
		}

	}

	/**
	 * A hold as its holder sees it.
	 *
	 * @param start slot start
	 * @param end slot end
	 * @param expiresAt countdown target
	 * @param extensions extensions used
	 * @param slot what is held, for the connected practitioner, location and visit type
	 */
	record HoldView(String id, Instant start, Instant end, Instant expiresAt, int extensions, SlotRequest slot) {

		static HoldView of(HoldDetails hold) {
			return new HoldView(hold.id().value().toString(), hold.slot().start(), hold.end(), hold.expiresAt(),
					hold.extensions(), hold.slot());
		}

	}

}
