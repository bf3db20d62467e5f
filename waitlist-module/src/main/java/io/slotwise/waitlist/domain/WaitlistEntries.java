package io.slotwise.waitlist.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.slotwise.resources.LocationId;
import io.slotwise.resources.PractitionerId;
import io.slotwise.resources.VisitTypeId;
import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.WaitlistEntry;

/**
 * Everyone waiting.
 */
public interface WaitlistEntries {

	void add(WaitlistEntry entry);

	void update(WaitlistEntry entry, Instant now);

	Optional<WaitlistEntry> find(EntryId id);

	List<WaitlistEntry> ofPatient(PatientId patient, int offset, int limit);

	/** How many entries the patient has (the size of {@link #ofPatient}). */
	int countOfPatient(PatientId patient);

	/**
	 * The patient's entries among these ids (the entries a page of offers answers), in
	 * one query.
	 */
	List<WaitlistEntry> ofPatient(PatientId patient, Collection<EntryId> ids);

	/** The entries among these ids, whoever's, in one query. */
	List<WaitlistEntry> byIds(Collection<EntryId> ids);

	/**
	 * Serializes changes of one patient's entries and counts those still waiting on or
	 * after {@code today}; call inside a transaction.
	 */
	int lockAndCountWaiting(PatientId patient, LocalDate today);

	/** Waiting entries that accept the location (or any location), oldest first. */
	List<WaitlistEntry> waitingAt(LocationId location, LocalDate today, int limit);

	/**
	 * Waiting entries the slot may suit, found through the matching index: the whole rule
	 * is {@link Matching}, applied to these.
	 * @param max at most this many, oldest first
	 */
	List<WaitlistEntry> candidatesFor(FreedSlot slot, Instant now, int max);

	/**
	 * The visit types of waiting entries that accept the practitioner (or anyone) at the
	 * location (or anywhere) on some day of {@code [from, to]}.
	 */
	Set<VisitTypeId> visitTypesWaitingFor(PractitionerId practitioner, LocationId location, LocalDate from,
			LocalDate to);

}
