package io.slotwise.resources;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practitioner as patients and staff see them.
 *
 * @param specialties UPPER_SNAKE specialty codes, at least one
 * @param languages ISO 639-1 codes of the languages spoken, at least one
 * @param insurancePlans codes of the insurance plans accepted
 * @param rating average review rating 1.0-5.0, empty while there are no reviews
 * @param reviewCount number of reviews
 * @param locations where they work, at least one
 */
public record Practitioner(PractitionerId id, String name, Set<String> specialties, Set<String> languages,
		Set<String> insurancePlans, Optional<Double> rating, int reviewCount, Set<LocationId> locations) {

	public Practitioner {
		Objects.requireNonNull(id, "id");
		name = CatalogRuleBroken.named(name, "name", 200);
		specialties = sorted(specialties);
		specialties.forEach((specialty) -> CatalogRuleBroken.code(specialty, "specialties"));
		CatalogRuleBroken.require(!specialties.isEmpty(), CatalogError.Code.VALIDATION_FAILED, "specialties",
				"a practitioner needs at least one specialty");
		languages = sorted(languages);
		CatalogRuleBroken.require(!languages.isEmpty(), CatalogError.Code.VALIDATION_FAILED, "languages",
				"a practitioner speaks at least one language");
		insurancePlans = sorted(insurancePlans);
		rating = Objects.requireNonNullElse(rating, Optional.empty());
		CatalogRuleBroken.require(reviewCount >= 0, CatalogError.Code.VALIDATION_FAILED, "reviewCount",
				"review count cannot be negative");
		CatalogRuleBroken.require(rating.isPresent() == (reviewCount > 0), CatalogError.Code.VALIDATION_FAILED,
				"rating", "a rating exists exactly when there are reviews");
		rating.ifPresent((value) -> CatalogRuleBroken.require(value >= 1 && value <= 5,
				CatalogError.Code.VALIDATION_FAILED, "rating", "rating must be between 1 and 5"));
		CatalogRuleBroken.require(locations != null && !locations.isEmpty(), CatalogError.Code.VALIDATION_FAILED,
				"locationIds", "a practitioner works at one location at least");
		locations = Set.copyOf(locations);
	}

	private static Set<String> sorted(Set<String> values) {
		return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(values));
	}

}
