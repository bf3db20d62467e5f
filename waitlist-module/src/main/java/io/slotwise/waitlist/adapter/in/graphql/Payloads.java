package io.slotwise.waitlist.adapter.in.graphql;

import java.time.LocalDate;
import java.util.List;

import io.slotwise.waitlist.OfferDetails;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.WaitlistOutcome;
import io.slotwise.waitlist.WaitlistProblem;
import io.slotwise.waitlist.adapter.in.graphql.Views.EntryView;
import io.slotwise.waitlist.adapter.in.graphql.Views.OfferView;
import org.jspecify.annotations.Nullable;

/**
 * Mutation payloads: the result, or the waitlist's typed errors as data.
 */
final class Payloads {

	private Payloads() {
	}

	static List<UserError> userErrors(WaitlistOutcome<?> outcome) {
		return (outcome instanceof WaitlistOutcome.Refused<?>(WaitlistProblem problem))
				? List.of(new UserError(problem.code().name(), problem.message(), problem.field().orElse(null)))
				: List.of();
	}

	/**
	 * An expected failure as the schema's {@code UserError}.
	 *
	 * @param code an ErrorCode value
	 */
	record UserError(String code, String message, @Nullable String field) {
	}

	record EntryPayload(@Nullable EntryView entry, List<UserError> errors) {

		static EntryPayload of(WaitlistOutcome<WaitlistEntry> outcome, LocalDate today) {
			return new EntryPayload((outcome instanceof WaitlistOutcome.Done<WaitlistEntry>(WaitlistEntry entry))
					? EntryView.of(entry, today) : null, userErrors(outcome));
		}

	}

	record OfferPayload(@Nullable OfferView offer, List<UserError> errors) {

		static OfferPayload of(WaitlistOutcome<OfferDetails> outcome) {
			return new OfferPayload((outcome instanceof WaitlistOutcome.Done<OfferDetails>(OfferDetails offer))
					? OfferView.of(offer) : null, userErrors(outcome));
		}

	}

}
