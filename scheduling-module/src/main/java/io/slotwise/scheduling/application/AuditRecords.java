package io.slotwise.scheduling.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.slotwise.scheduling.audit.AuditEntry;
import io.slotwise.scheduling.audit.ReadAuditTrail.AuditQuery;

/**
 * The stored audit trail, read side and retention; appending is
 * {@link io.slotwise.scheduling.audit.AuditTrail}.
 */
public interface AuditRecords {

	List<AuditEntry> window(AuditQuery query);

	/** How many entries the window and filters hold (cursor and limit ignored). */
	int count(AuditQuery query);

	/**
	 * Every entry about one subject (an appointment), oldest first, at most
	 * {@code limit}.
	 */
	List<AuditEntry> about(UUID subject, int limit);

	/**
	 * Deletes up to {@code batch} entries older than {@code cutoff}, unless another
	 * instance is doing so right now (then 0).
	 */
	int deleteBefore(Instant cutoff, int batch);

}
