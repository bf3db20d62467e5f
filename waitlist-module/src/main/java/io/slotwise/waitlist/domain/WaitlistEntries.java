package io.slotwise.waitlist.domain;

import java.util.List;
import java.util.UUID;

import io.slotwise.waitlist.WaitlistEntry;

/**
 * Everyone waiting.
 */
public interface WaitlistEntries {

	List<WaitlistEntry> ofPatient(UUID patientId, int offset, int limit);

}
