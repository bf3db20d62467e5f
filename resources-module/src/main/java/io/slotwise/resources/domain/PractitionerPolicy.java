package io.slotwise.resources.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.CatalogError.Code;
import io.slotwise.resources.CatalogEvent;
import io.slotwise.resources.CatalogEvent.PractitionerChanged;
import io.slotwise.resources.CatalogEvent.WorkingHoursChanged;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.Practitioner;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.catalog.Drafts.PractitionerDraft;

/**
 * Decides whether a practitioner may join or change: languages are ISO 639-1 codes, plans
 * are known, workplaces exist. Leaving a location drops the hours there, which scheduling
 * must hear about.
 *
 * @param knownPlans codes of the insurance plans the catalog knows
 * @param existingLocations those of the draft's locations that exist
 */
public record PractitionerPolicy(Set<String> knownPlans, Set<LocationId> existingLocations) {

	public PractitionerPolicy {
		knownPlans = Set.copyOf(knownPlans);
		existingLocations = Set.copyOf(existingLocations);
	}

	public Decision<Practitioner> register(PractitionerId id, PractitionerDraft draft) {
		return decide(id, draft, Set.of());
	}

	/**
	 * @param current the stored practitioner, if the id names one
	 */
	public Decision<Practitioner> change(PractitionerId id, Optional<Practitioner> current, PractitionerDraft draft) {
		return current.map((before) -> decide(id, draft, before.locations()))
			.orElseGet(() -> Decision.refused(Code.NOT_FOUND, "id", "no practitioner " + id.value()));
	}

	private Decision<Practitioner> decide(PractitionerId id, PractitionerDraft draft, Set<LocationId> before) {
		List<String> languages = Objects.requireNonNullElse(draft.languages(), List.of());
		for (String language : languages) {
			if (!Languages.known(language)) {
				return Decision.refused(Code.UNKNOWN_LANGUAGE, "languages",
						"'" + language + "' is not an ISO 639-1 language code such as en or es");
			}
		}
		List<String> plans = Objects.requireNonNullElse(draft.insurancePlans(), List.of());
		for (String plan : plans) {
			if (!this.knownPlans.contains(plan)) {
				return Decision.refused(Code.UNKNOWN_INSURANCE_PLAN, "insurancePlans",
						"'" + plan + "' is not a known insurance plan");
			}
		}
		Set<LocationId> workplaces = new LinkedHashSet<>(Objects.requireNonNullElse(draft.locations(), List.of()));
		Optional<LocationId> unknown = workplaces.stream()
			.filter((location) -> !this.existingLocations.contains(location))
			.findFirst();
		if (unknown.isPresent()) {
			return Decision.refused(Code.NOT_FOUND, "locationIds", "no location " + unknown.get().value());
		}
		return Decision.attempt(() -> {
			Practitioner practitioner = new Practitioner(id, draft.name(),
					new HashSet<>(Objects.requireNonNullElse(draft.specialties(), List.of())), new HashSet<>(languages),
					new HashSet<>(plans), Optional.ofNullable(draft.rating()), draft.reviewCount(), workplaces);
			List<CatalogEvent> events = new ArrayList<>();
			events.add(new PractitionerChanged(id));
			before.stream()
				.filter((location) -> !workplaces.contains(location))
				.forEach((left) -> events.add(new WorkingHoursChanged(id, left)));
			return new Decision.Accepted<>(practitioner, events);
		});
	}

}
