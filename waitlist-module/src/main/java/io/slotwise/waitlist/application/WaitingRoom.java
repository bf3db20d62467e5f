package io.slotwise.waitlist.application;

import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.ListWaitlistEntries;
import io.slotwise.waitlist.WaitlistEntry;
import io.slotwise.waitlist.domain.WaitlistEntries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the waitlist.
 */
@Service
@Transactional(readOnly = true)
class WaitingRoom implements ListWaitlistEntries {

	private final WaitlistEntries entries;

	WaitingRoom(WaitlistEntries entries) {
		this.entries = entries;
	}

	@Override
	public List<WaitlistEntry> entriesOf(UUID patientId, int offset, int limit) {
		return this.entries.ofPatient(patientId, offset, limit);
	}

}
