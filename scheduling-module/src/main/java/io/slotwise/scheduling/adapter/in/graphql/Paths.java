package io.slotwise.scheduling.adapter.in.graphql;

import java.util.function.UnaryOperator;

/**
 * Where a field a port complains about sits in a mutation's GraphQL input.
 */
final class Paths {

	/** Fields of the input itself: {@code holdId}, {@code idempotencyKey}. */
	static final UnaryOperator<String> INPUT = (field) -> "input." + field;

	/** Slot fields live under {@code input.slot}; the idempotency key beside it. */
	static final UnaryOperator<String> SLOT = (field) -> field.equals("idempotencyKey") ? "input." + field
			: "input.slot." + field;

	/** A reschedule names its new start {@code newStart}. */
	static final UnaryOperator<String> RESCHEDULE = (field) -> field.equals("start") ? "input.newStart"
			: "input." + field;

	private Paths() {
	}

}
