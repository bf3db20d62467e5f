package io.slotwise.waitlist.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.slotwise.scheduling.PatientId;
import io.slotwise.waitlist.Preferences;
import io.slotwise.waitlist.ScoreBreakdown;
import io.slotwise.waitlist.TimeWindow;
import io.slotwise.waitlist.WaitlistEntry;

/**
 * The waitlist's documented score (module README): four components in {@code [0, 1]},
 * weighted to a total in {@code [0, 100]}.
 * <ul>
 * <li>fit: half for the practitioner, half for the location; a named one that matches
 * scores 1, "any" scores 0.5 (a patient who asked for exactly this fits better);</li>
 * <li>waited: time since joining over the waited horizon, capped at 1;</li>
 * <li>flexibility: half breadth (share of the week's days times the share of a 12-hour
 * day the windows cover, no windows = 1), half notice (1 - minimum notice over the notice
 * horizon);</li>
 * <li>priority: clinical priority over 3.</li>
 * </ul>
 * Ties break by earlier joining, then by entry id, so the order is total.
 */
public final class FlexibilityScoring {

	private static final double DAY_MINUTES = 12 * 60;

	/** Highest score first, then earliest joiner, then entry id. */
	public static final Comparator<Candidate> ORDER = Comparator
		.comparingDouble((Candidate candidate) -> -candidate.score().total())
		.thenComparing(Candidate::joinedAt)
		.thenComparing((candidate) -> candidate.entry().value());

	private final ScoreWeights weights;

	public FlexibilityScoring(ScoreWeights weights) {
		this.weights = weights;
	}

	/** The slot-dependent and -independent score of an entry for a slot. */
	public ScoreBreakdown score(WaitlistEntry entry, FreedSlot slot, Instant now) {
		Preferences wish = entry.preferences();
		double fit = 0.5 * (wish.practitioners().contains(slot.practitioner()) ? 1 : 0.5)
				+ 0.5 * (wish.locations().contains(slot.location()) ? 1 : 0.5);
		return weighted(fit, entry, now);
	}

	/** The score without a slot: fit counts 0. */
	public ScoreBreakdown standing(WaitlistEntry entry, Instant now) {
		return weighted(0, entry, now);
	}

	/**
	 * Candidates ranked 1..n, best first; a patient with several suited entries is a
	 * candidate once, with the best of them.
	 */
	public List<Candidate> rank(List<WaitlistEntry> entries, FreedSlot slot, Instant now) {
		Set<PatientId> seen = new HashSet<>();
		List<Candidate> sorted = entries.stream()
			.map((entry) -> new Candidate(0, entry.id(), entry.patient(), entry.joinedAt(), score(entry, slot, now)))
			.sorted(ORDER)
			.filter((candidate) -> seen.add(candidate.patient()))
			.toList();
		return IntStream.range(0, sorted.size()).mapToObj((index) -> sorted.get(index).ranked(index + 1)).toList();
	}

	private ScoreBreakdown weighted(double fit, WaitlistEntry entry, Instant now) {
		Preferences wish = entry.preferences();
		double waited = share(Duration.between(entry.joinedAt(), now), this.weights.waitedHorizon());
		long windowMinutes = wish.windows().stream().mapToLong(TimeWindow::minutes).sum();
		double hours = wish.windows().isEmpty() ? 1 : Math.min(1, windowMinutes / DAY_MINUTES);
		double breadth = (wish.days().size() / 7.0) * hours;
		double notice = 1 - share(wish.minimumNotice(), this.weights.noticeHorizon());
		double flexibility = 0.5 * breadth + 0.5 * notice;
		double priority = entry.priority() / 3.0;
		double total = 100 * (this.weights.fit() * fit + this.weights.waited() * waited
				+ this.weights.flexibility() * flexibility + this.weights.priority() * priority) / this.weights.sum();
		return new ScoreBreakdown(fit, waited, flexibility, priority, total);
	}

	private static double share(Duration part, Duration whole) {
		return Math.max(0, Math.min(1, (double) part.toMillis() / whole.toMillis()));
	}

}
