package io.slotwise.resources.adapter.out.jooq;

import java.util.ArrayList;
import java.util.List;

import io.slotwise.resources.LocationDetails;
import io.slotwise.resources.application.seeding.Network;
import io.slotwise.resources.application.seeding.NetworkStore;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

import org.springframework.stereotype.Repository;

/**
 * Writes a whole network with JDBC batches of one statement shape each, parents before
 * children so foreign keys hold.
 */
@Repository
class JooqNetworkStore implements NetworkStore {

	/**
	 * Rows per JDBC batch: big enough to amortise round trips, small enough for memory.
	 */
	private static final int BATCH = 2_000;

	private final DSLContext db;

	JooqNetworkStore(DSLContext db) {
		this.db = db;
	}

	@Override
	public void store(Network network) {
		List<TableRecord<?>> locations = new ArrayList<>();
		List<TableRecord<?>> opening = new ArrayList<>();
		for (LocationDetails location : network.locations()) {
			locations.add(JooqLocations.record(this.db, location));
			opening.addAll(JooqLocations.openingHours(this.db, location));
		}
		insert(locations);
		insert(opening);
		insert(map(network.rooms(), (room) -> List.of(JooqFacilities.record(this.db, room))));
		insert(map(network.equipment(), (stock) -> List.of(JooqFacilities.record(this.db, stock))));
		insert(map(network.equipment(), (stock) -> JooqFacilities.units(this.db, stock)));
		insert(map(network.visitTypes(), (type) -> List.of(JooqVisitTypes.record(this.db, type))));
		insert(map(network.practitioners(),
				(practitioner) -> List.of(JooqPractitioners.record(this.db, practitioner))));
		insert(map(network.practitioners(), (practitioner) -> JooqPractitioners.assignments(this.db, practitioner)));
		insert(map(network.hours(), (hours) -> JooqSchedules.records(this.db, hours)));
	}

	private <T> List<TableRecord<?>> map(List<T> values,
			java.util.function.Function<T, List<? extends TableRecord<?>>> rows) {
		List<TableRecord<?>> result = new ArrayList<>();
		values.forEach((value) -> result.addAll(rows.apply(value)));
		return result;
	}

	private void insert(List<TableRecord<?>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.db.batchInsert(rows.subList(from, Math.min(rows.size(), from + BATCH))).execute();
		}
	}

}
