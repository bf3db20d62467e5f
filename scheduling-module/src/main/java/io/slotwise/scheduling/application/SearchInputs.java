package io.slotwise.scheduling.application;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.Distance;
import io.slotwise.resources.GeoPoint;
import io.slotwise.resources.Geocoder;
import io.slotwise.resources.RememberedCatalog;
import io.slotwise.resources.VisitType;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.Problem.Code;
import org.jspecify.annotations.Nullable;
import io.slotwise.scheduling.search.SearchQuery;

import org.springframework.stereotype.Component;

/**
 * Checks a {@link SearchQuery} and resolves it into {@link SearchCriteria}, or says
 * exactly which field is wrong. Nothing is searched before the input is known good.
 */
@Component
class SearchInputs {

	/** The same rule the catalog applies to practitioners' languages. */
	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	/** Each required language is one candidate query, so their number is bounded. */
	static final int MAX_LANGUAGES = 10;

	private final Geocoder geocoder;

	private final RememberedCatalog visitTypes;

	private final SearchSettings settings;

	private final BookableDays bookable;

	SearchInputs(Geocoder geocoder, RememberedCatalog visitTypes, SearchSettings settings, BookableDays bookable) {
		this.geocoder = geocoder;
		this.visitTypes = visitTypes;
		this.settings = settings;
		this.bookable = bookable;
	}

	/** Either criteria or an error: exactly one is non-null. */
	record Checked(@Nullable SearchCriteria criteria, @Nullable Problem problem) {

		static Checked refused(Code code, String field, String message) {
			return new Checked(null, Problem.inField(field, code, message));
		}

	}

	Checked check(SearchQuery query) {
		if (query.radius() == null || !(query.radius() > 0) || query.radius().isInfinite()) {
			return Checked.refused(Code.VALIDATION_FAILED, "radius", "The radius must be greater than zero");
		}
		Distance radius = (query.unit() == SearchQuery.Unit.MILES) ? Distance.ofMiles(query.radius())
				: Distance.ofKilometres(query.radius());
		if (radius.miles() > this.settings.maxRadiusMiles() + 1e-9) {
			return Checked.refused(Code.VALIDATION_FAILED, "radius",
					"The radius can be at most " + this.settings.maxRadiusMiles() + " miles");
		}
		GeoPoint origin;
		if (query.zip() != null) {
			switch (this.geocoder.locate(query.zip())) {
				case Geocoder.Located located -> origin = located.point();
				case Geocoder.Rejected rejected -> {
					return Checked.refused(Code.valueOf(rejected.reason().name()), "zip", rejected.message());
				}
			}
		}
		else if (query.latitude() != null && query.longitude() != null) {
			try {
				origin = new GeoPoint(query.latitude(), query.longitude());
			}
			catch (IllegalArgumentException ex) {
				return Checked.refused(Code.VALIDATION_FAILED, "latitude", ex.getMessage());
			}
		}
		else {
			return Checked.refused(Code.VALIDATION_FAILED, "zip", "Give a ZIP code or a latitude and longitude");
		}
		for (String language : query.languages()) {
			if (language == null || !LANGUAGES.contains(language)) {
				return Checked.refused(Code.UNKNOWN_LANGUAGE, "languages",
						"'" + language + "' is not an ISO 639-1 language code");
			}
		}
		if (query.languages().stream().distinct().count() > MAX_LANGUAGES) {
			return Checked.refused(Code.VALIDATION_FAILED, "languages", "Give at most " + MAX_LANGUAGES + " languages");
		}
		if (query.languagesRequired() && query.languages().isEmpty()) {
			return Checked.refused(Code.VALIDATION_FAILED, "languages", "Required languages need at least one code");
		}
		if (query.insurancePlan() != null && !this.visitTypes.knowsInsurancePlan(query.insurancePlan())) {
			return Checked.refused(Code.UNKNOWN_INSURANCE_PLAN, "insurancePlan",
					"'" + query.insurancePlan() + "' is not an insurance plan we know");
		}
		int days = this.settings.defaultDays();
		if (query.to() != null) {
			if (query.from() == null) {
				return Checked.refused(Code.VALIDATION_FAILED, "from", "A date range with an end needs a start");
			}
			if (query.to().isBefore(query.from())) {
				return Checked.refused(Code.VALIDATION_FAILED, "to", "The date range ends before it starts");
			}
			long span = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
			if (span > this.settings.maxDays()) {
				return Checked.refused(Code.VALIDATION_FAILED, "to",
						"Search at most " + this.settings.maxDays() + " days at a time");
			}
			days = (int) span;
		}
		Optional<Problem> outside = this.bookable.refusalOf(query.from(), "from")
			.or(() -> this.bookable.refusalOf(query.to(), "to"));
		if (outside.isPresent()) {
			return new Checked(null, outside.get());
		}
		if (query.earliest() != null && query.latest() != null && query.latest().isBefore(query.earliest())) {
			return Checked.refused(Code.VALIDATION_FAILED, "latest", "The latest time is before the earliest");
		}
		Optional<VisitType> visitType;
		boolean chosen = false;
		if (query.visitType() != null) {
			visitType = this.visitTypes.visitType(query.visitType());
			if (visitType.isEmpty()) {
				return Checked.refused(Code.NOT_FOUND, "visitTypeId", "No such visit type");
			}
			if (query.specialty() != null && !query.specialty().equals(visitType.get().specialty())) {
				return Checked.refused(Code.VALIDATION_FAILED, "specialty",
						"The visit type belongs to " + visitType.get().specialty());
			}
			if (!admits(visitType.get(), query.newPatient())) {
				return Checked.refused(Code.VALIDATION_FAILED, "newPatient", "This visit type is for "
						+ visitType.get().patients().name().toLowerCase(Locale.ROOT) + " patients only");
			}
		}
		else if (query.specialty() != null) {
			List<VisitType> offered = this.visitTypes.visitTypes(query.specialty());
			visitType = offered.stream().filter((type) -> admits(type, query.newPatient())).findFirst();
			if (visitType.isEmpty()) {
				return Checked.refused(Code.NOT_FOUND, "specialty", "No visit type for this specialty and patient");
			}
			chosen = true;
		}
		else {
			return Checked.refused(Code.VALIDATION_FAILED, "specialty", "Give a specialty or a visit type");
		}
		return new Checked(new SearchCriteria(origin, radius, visitType.get(), chosen, query.languages(),
				query.languagesRequired(), query.insurancePlan(), query.from(), days, query.earliest(), query.latest(),
				query.weekdays()), null);
	}

	private static boolean admits(VisitType type, Boolean newPatient) {
		return newPatient == null || type.patients() == VisitType.Patients.ANY
				|| (type.patients() == VisitType.Patients.NEW) == newPatient;
	}

}
