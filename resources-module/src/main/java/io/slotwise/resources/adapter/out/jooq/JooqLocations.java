package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.LOCATION;

import java.time.ZoneId;
import java.util.List;

import io.slotwise.resources.Location;
import io.slotwise.resources.LocationId;
import io.slotwise.resources.adapter.out.jooq.schema.tables.records.LocationRecord;
import io.slotwise.resources.domain.Locations;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqLocations implements Locations {

	private final DSLContext db;

	JooqLocations(DSLContext db) {
		this.db = db;
	}

	@Override
	public List<Location> page(int offset, int limit) {
		return this.db.selectFrom(LOCATION)
			.orderBy(LOCATION.NAME, LOCATION.ID)
			.offset(offset)
			.limit(limit)
			.fetch(JooqLocations::toLocation);
	}

	private static Location toLocation(LocationRecord row) {
		return new Location(new LocationId(row.getId()), row.getName(), row.getZip(), ZoneId.of(row.getTimeZone()));
	}

}
