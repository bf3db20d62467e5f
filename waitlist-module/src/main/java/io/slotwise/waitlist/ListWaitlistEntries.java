package io.slotwise.waitlist;

import java.util.List;
import java.util.UUID;

/**
 * A patient's own waitlist entries, oldest first.
 */
public interface ListWaitlistEntries {

	List<WaitlistEntry> entriesOf(UUID patientId, int offset, int limit);

}
