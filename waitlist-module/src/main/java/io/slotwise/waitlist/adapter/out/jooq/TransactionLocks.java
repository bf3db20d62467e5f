package io.slotwise.waitlist.adapter.out.jooq;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * PostgreSQL advisory locks held until the transaction ends: work on one key queues,
 * whichever instance does it.
 */
final class TransactionLocks {

	private TransactionLocks() {
	}

	static void lock(DSLContext db, String key) {
		db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class, DSL.val(key))).fetch();
	}

}
