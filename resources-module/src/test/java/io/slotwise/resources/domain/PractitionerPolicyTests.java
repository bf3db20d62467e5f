package io.slotwise.resources.domain;

import static io.slotwise.resources.domain.Decisions.accepted;
import static io.slotwise.resources.domain.Decisions.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent.PractitionerChanged;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;
import org.junit.jupiter.api.Test;

/**
 * Practitioners speak real languages, accept known plans and work where locations exist.
 */
class PractitionerPolicyTests {

	static final LocationId HERE = new LocationId(UUID.randomUUID());

	static final LocationId THERE = new LocationId(UUID.randomUUID());

	static final PractitionerId ID = new PractitionerId(UUID.randomUUID());

	final PractitionerPolicy policy = new PractitionerPolicy(Set.of("AETNA_PPO", "MEDICAID"), Set.of(HERE, THERE));

	static PractitionerDraft draft(List<String> languages, List<String> plans, LocationId... at) {
		return new PractitionerDraft("Dr. Mei Chen", List.of("DERMATOLOGY"), languages, plans, 4.8, 25, List.of(at));
	}

	@Test
	void registersAndSaysSo() {
		Decision.Accepted<Practitioner> registered = accepted(
				this.policy.register(ID, draft(List.of("en", "zh"), List.of("AETNA_PPO"), HERE)));
		assertThat(registered.state().locations()).containsExactly(HERE);
		assertThat(registered.events()).containsExactly(new PractitionerChanged(ID));
	}

	@Test
	void refusesUnknownLanguagesPlansAndLocations() {
		assertThat(refused(this.policy.register(ID, draft(List.of("en", "xx"), List.of(), HERE))).code())
			.isEqualTo(Code.UNKNOWN_LANGUAGE);
		assertThat(refused(this.policy.register(ID, draft(List.of("english"), List.of(), HERE))).field())
			.isEqualTo("languages");
		assertThat(refused(this.policy.register(ID, draft(List.of("en"), List.of("ACME_GOLD"), HERE))).code())
			.isEqualTo(Code.UNKNOWN_INSURANCE_PLAN);
		assertThat(refused(
				this.policy.register(ID, draft(List.of("en"), List.of(), HERE, new LocationId(UUID.randomUUID())))))
			.satisfies((error) -> {
				assertThat(error.code()).isEqualTo(Code.NOT_FOUND);
				assertThat(error.field()).isEqualTo("locationIds");
			});
		assertThat(refused(this.policy.register(ID, new PractitionerDraft("Dr. X", List.of("DERMATOLOGY"),
				List.of("en"), List.of(), 4.0, 0, List.of(HERE))))
			.field()).isEqualTo("rating");
		assertThat(refused(this.policy.change(ID, Optional.empty(), draft(List.of("en"), List.of(), HERE))).code())
			.isEqualTo(Code.NOT_FOUND);
	}

	@Test
	void leavingALocationAnnouncesTheHoursDroppedThere() {
		Practitioner both = accepted(this.policy.register(ID, draft(List.of("en"), List.of(), HERE, THERE))).state();
		Decision.Accepted<Practitioner> moved = accepted(
				this.policy.change(ID, Optional.of(both), draft(List.of("en"), List.of("MEDICAID"), HERE)));
		assertThat(moved.state().insurancePlans()).containsExactly("MEDICAID");
		assertThat(moved.events()).containsExactly(new PractitionerChanged(ID), new WorkingHoursChanged(ID, THERE));
	}

}
