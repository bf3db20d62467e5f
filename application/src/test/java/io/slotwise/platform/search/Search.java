package io.slotwise.platform.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.search.SearchQuery;

/**
 * A readable way to write search queries in tests; starts at ZIP 10001, 5 miles.
 */
final class Search {

	String zip = "10001";

	Double radius = 5.0;

	SearchQuery.Unit unit = SearchQuery.Unit.MILES;

	String specialty;

	VisitTypeId visitType;

	List<String> languages = List.of();

	boolean languagesRequired;

	String plan;

	LocalDate from;

	LocalDate to;

	LocalTime earliest;

	LocalTime latest;

	Set<DayOfWeek> weekdays = Set.of();

	Boolean newPatient;

	static Search of(SearchNetwork network) {
		Search search = new Search();
		search.visitType = network.visitType.id();
		return search;
	}

	Search radius(double value, SearchQuery.Unit in) {
		this.radius = value;
		this.unit = in;
		return this;
	}

	Search miles(double value) {
		return radius(value, SearchQuery.Unit.MILES);
	}

	Search languages(boolean required, String... codes) {
		this.languages = List.of(codes);
		this.languagesRequired = required;
		return this;
	}

	SearchQuery query() {
		return new SearchQuery(this.zip, null, null, this.radius, this.unit, this.specialty, this.visitType,
				this.languages, this.languagesRequired, this.plan, this.from, this.to, this.earliest, this.latest,
				this.weekdays, this.newPatient);
	}

}
