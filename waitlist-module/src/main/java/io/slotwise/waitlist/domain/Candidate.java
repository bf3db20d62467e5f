package io.slotwise.waitlist.domain;

import java.time.Instant;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.EntryId;
import io.slotwise.waitlist.ScoreBreakdown;

/**
 * A waiting entry the freed slot suits, with its place in the slot's ranking.
 *
 * @param rank 1 first
 */
public record Candidate(int rank, EntryId entry, PatientId patient, Instant joinedAt, ScoreBreakdown score) {

	Candidate ranked(int place) {
		return new Candidate(place, this.entry, this.patient, this.joinedAt, this.score);
	}

}
