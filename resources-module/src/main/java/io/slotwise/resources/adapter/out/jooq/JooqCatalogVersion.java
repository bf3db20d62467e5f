package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.CATALOG_VERSION;

import io.slotwise.resources.domain.CatalogVersion;
import org.jooq.DSLContext;
import org.jooq.Record2;

import org.springframework.stereotype.Repository;

/** The single-row counters that the catalog tables' triggers bump (V1_10 to V1_12). */
@Repository
class JooqCatalogVersion implements CatalogVersion {

	private final DSLContext db;

	JooqCatalogVersion(DSLContext db) {
		this.db = db;
	}

	@Override
	public Versions read() {
		Record2<Long, Long> row = this.db
			.select(CATALOG_VERSION.VERSION, CATALOG_VERSION.VERSION.plus(CATALOG_VERSION.PLANNING_VERSION))
			.from(CATALOG_VERSION)
			.where(CATALOG_VERSION.ID.eq((short) 1))
			.fetchOne();
		return (row != null) ? new Versions(row.value1(), row.value2()) : new Versions(0L, 0L);
	}

}
