package io.slotwise.platform.graphql;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.slotwise.resources.LocationId;
import io.slotwise.scheduling.HoldId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Test-only operations (schema in {@code graphql/probe}) whose arguments are the real
 * typed ids, bound by Spring's conversion through their {@code of(String)}. Counts the
 * calls that reach it, so a test can tell that nothing ran.
 */
@Controller
class BindingProbe {

	static final AtomicInteger calls = new AtomicInteger();

	@QueryMapping
	@PreAuthorize("permitAll()")
	String probeLocation(@Argument @Nullable String label, @Argument LocationId locationId) {
		calls.incrementAndGet();
		return locationId.value().toString();
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	String probeInvariant() {
		calls.incrementAndGet();
		throw new IllegalArgumentException("duplicate slot in grid 7f00 at 2026-11-30T13:00Z");
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	String probeWhen(@Argument Instant at) {
		calls.incrementAndGet();
		return at.toString();
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	ProbeHoldPayload probeHold(@Argument ProbeHoldInput input) {
		calls.incrementAndGet();
		int locations = ((input.locationIds() != null) ? input.locationIds().size() : 0)
				+ ((input.slot() != null) ? 1 : 0);
		return new ProbeHoldPayload(input.holdId().value().toString(), locations, List.of());
	}

	@MutationMapping
	@PreAuthorize("permitAll()")
	ProbeHoldPayload probeStrictHold(@Argument ProbeHoldInput input) {
		return probeHold(input);
	}

	record ProbeHoldInput(HoldId holdId, @Nullable ProbeSlotInput slot, @Nullable List<LocationId> locationIds) {
	}

	record ProbeSlotInput(LocationId locationId) {
	}

	record ProbeHoldPayload(String holdId, int locations, List<Object> errors) {
	}

}
