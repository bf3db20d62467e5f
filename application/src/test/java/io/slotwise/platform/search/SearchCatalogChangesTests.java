package io.slotwise.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import io.slotwise.resources.catalog.MaintainCatalog;
import io.slotwise.scheduling.Problem;
import io.slotwise.scheduling.search.SearchOutcome;
import io.slotwise.scheduling.search.SearchPractitioners;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Search checks visit types and insurance plans against copies every instance keeps in
 * memory (ADR 0031). A change made anywhere, even by a plain SQL script that no instance
 * hears of, is seen by the next search: the copies are checked against the catalog's
 * versions, which triggers move.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchCatalogChangesTests {

	@Autowired
	MaintainCatalog catalog;

	@Autowired
	SearchPractitioners search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInsurancePlanAddedOrRemovedByPlainSqlIsSeenByTheNextSearch() {
		Search query = Search.of(new SearchNetwork(this.catalog));
		query.plan = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		assertThat(refusal(query)).isEqualTo(Problem.Code.UNKNOWN_INSURANCE_PLAN);

		this.jdbc.update("INSERT INTO resources.insurance_plan (code, carrier_code, name) VALUES (?, 'AETNA', ?)",
				query.plan, "Test plan " + query.plan);
		assertThat(this.search.search(query.query(), 0, 20)).isInstanceOf(SearchOutcome.Found.class);

		this.jdbc.update("DELETE FROM resources.insurance_plan WHERE code = ?", query.plan);
		assertThat(refusal(query)).isEqualTo(Problem.Code.UNKNOWN_INSURANCE_PLAN);
	}

	@Test
	void aVisitTypeAddedByPlainSqlIsChosenByTheNextSearch() {
		SearchNetwork network = new SearchNetwork(this.catalog);
		Search query = Search.of(network);
		query.visitType = null;
		query.specialty = network.specialty;
		assertThat(((SearchOutcome.Found) this.search.search(query.query(), 0, 20)).results())
			.allMatch((result) -> result.visitType().id().equals(network.visitType.id()));

		// "A..." sorts before "Consultation": search now chooses it for the specialty
		UUID added = UUID.randomUUID();
		this.jdbc.update(
				"INSERT INTO resources.visit_type (id, name, specialty, duration_minutes, slot_minutes, patients,"
						+ " equipment_types, location_ids) VALUES (?, 'A quick check', ?, 15, 15, 'ANY', '{}', '{}')",
				added, network.specialty);
		assertThat(((SearchOutcome.Found) this.search.search(query.query(), 0, 20)).results()).isNotEmpty()
			.allMatch((result) -> result.visitType().id().value().equals(added));
	}

	private Problem.Code refusal(Search query) {
		SearchOutcome outcome = this.search.search(query.query(), 0, 20);
		assertThat(outcome).isInstanceOf(SearchOutcome.Refused.class);
		return ((SearchOutcome.Refused) outcome).problem().code();
	}

}
