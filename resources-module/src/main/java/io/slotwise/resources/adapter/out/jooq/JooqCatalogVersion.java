package io.slotwise.resources.adapter.out.jooq;

import static io.slotwise.resources.adapter.out.jooq.schema.Tables.CATALOG_VERSION;

import io.slotwise.resources.domain.CatalogVersion;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

/** The single-row counters that the catalog tables' triggers bump (V1_10, V1_11). */
@Repository
class JooqCatalogVersion implements CatalogVersion {

	private final DSLContext db;

	JooqCatalogVersion(DSLContext db) {
		this.db = db;
	}

	@Override
	public long current() {
		Long version = this.db.select(CATALOG_VERSION.VERSION)
			.from(CATALOG_VERSION)
			.where(CATALOG_VERSION.ID.eq((short) 1))
			.fetchOne(CATALOG_VERSION.VERSION);
		return (version != null) ? version : 0L;
	}

	@Override
	public long planning() {
		Long version = this.db.select(CATALOG_VERSION.VERSION.plus(CATALOG_VERSION.PLANNING_VERSION))
			.from(CATALOG_VERSION)
			.where(CATALOG_VERSION.ID.eq((short) 1))
			.fetchOne(0, Long.class);
		return (version != null) ? version : 0L;
	}

}
