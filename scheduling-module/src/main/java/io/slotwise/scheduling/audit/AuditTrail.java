package io.slotwise.scheduling.audit;

import java.util.List;

/**
 * Appends to the PHI audit trail. Called inside the transaction of the change it records,
 * so the change and its record commit or roll back together; a read is recorded in its
 * own short transaction before its data is returned. Who asked (actor, role), the request
 * id and the client address come from the current request, not from the caller.
 */
public interface AuditTrail {

	void record(PhiAccess access);

	/**
	 * Records many accesses at once (a day schedule shows many patients); the trail
	 * appends them in one statement.
	 */
	default void recordAll(List<PhiAccess> accesses) {
		accesses.forEach(this::record);
	}

}
